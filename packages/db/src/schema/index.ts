export * from './children';
export * from './config-history';
export * from './imports';
export * from './interventions';
export * from './municipal';
export * from './plans';
export * from './security';
export * from './tenancy';
