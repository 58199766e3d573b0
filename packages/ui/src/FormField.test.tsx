import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormField } from './FormField';

describe('FormField', () => {
  it('labels the control and describes it with the hint', () => {
    render(
      <FormField label="Formål" hint="Hvad skal indsatsen føre til?" required>
        {(control) => <textarea {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Formål (skal udfyldes)' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.hasAttribute('required')).toBe(true);
    const hint = screen.getByText('Hvad skal indsatsen føre til?');
    expect(input.getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('marks the control invalid and describes it with hint and error', () => {
    render(
      <FormField label="Næste møde" hint="Skriv en dato." error="Datoen ligger i fortiden.">
        {(control) => <input type="text" {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Næste møde' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Datoen ligger i fortiden.').closest('p') as HTMLElement;
    expect(error.textContent).toBe('Fejl: Datoen ligger i fortiden.');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual([
      screen.getByText('Skriv en dato.').id,
      error.id,
    ]);
  });
});
