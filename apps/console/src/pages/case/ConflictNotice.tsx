import type { ReactNode } from 'react';

/** A boxed notice that someone else changed the record; the body shows their version. */
export function ConflictNotice({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="c-conflict" role="alert">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
