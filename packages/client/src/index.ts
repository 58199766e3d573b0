export type { AppRouter } from '@trappen/api';
export {
  createTrappenClient,
  type TrappenClient,
  type TrappenClientOptions,
} from './create-client';
