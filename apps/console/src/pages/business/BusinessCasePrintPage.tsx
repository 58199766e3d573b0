import type { ReactNode } from 'react';

/** Placeholder. */
export default function Page(): ReactNode {
  return <h1>business/BusinessCasePrintPage</h1>;
}
