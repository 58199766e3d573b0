import { describe, expect, it } from 'vitest';
import { staffEmail } from './generate-municipality';

describe('staffEmail', () => {
  it('writes caseworker addresses as municipal staff addresses, fornavn.efternavn@kommune.dk', () => {
    const taken = new Set<string>();
    expect(staffEmail('Lærke Sørensen', 'Eksempelby', taken)).toBe('laerke.sorensen@eksempelby.dk');
    expect(staffEmail('Åse Holm', 'Sønderå', taken)).toBe('ase.holm@sondera.dk');
    // The same name twice: the second gets a number, as mail systems do.
    expect(staffEmail('Lærke Sørensen', 'Eksempelby', taken)).toBe(
      'laerke.sorensen2@eksempelby.dk',
    );
    expect(taken.size).toBe(3);
  });
});
