export * from './children';
export * from './config-history';
export * from './interventions';
export * from './municipal';
export * from './plans';
export * from './security';
export * from './tenancy';
