/** The apps that send a council member here (`/board/?fra=konsol` or `?fra=portal`). */
export type OtherApp = 'konsol' | 'portal';

/** Which app sent the council member to the board, if any. */
export function sentFrom(search: string): OtherApp | null {
  const from = new URLSearchParams(search).get('fra');
  return from === 'konsol' || from === 'portal' ? from : null;
}
