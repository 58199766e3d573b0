export { readCookie, sessionCookieName } from './cookies';
export { createServer, type ServerOptions } from './create-server';
