import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LanguageProvider } from './i18n/LanguageProvider';
import { LoadingState } from './LoadingState';

describe('EmptyState', () => {
  it('shows a heading, an explanation and an action', () => {
    render(
      <EmptyState title="Ingen sager endnu" action={<button type="button">Importér sager</button>}>
        Når du får tildelt en sag, vises den her.
      </EmptyState>,
    );
    screen.getByRole('heading', { level: 2, name: 'Ingen sager endnu' });
    screen.getByText('Når du får tildelt en sag, vises den her.');
    screen.getByRole('button', { name: 'Importér sager' });
  });
});

describe('LoadingState', () => {
  it('is a busy status with a default label', () => {
    render(<LoadingState />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Indlæser …');
  });
});

describe('ErrorState', () => {
  it('shows a human message and the correlation id, and retries', () => {
    const onRetry = vi.fn();
    render(
      <LanguageProvider initialLang="en">
        <ErrorState
          message="We could not load the plan."
          correlationId="req-7f3a"
          onRetry={onRetry}
        />
      </LanguageProvider>,
    );
    const alert = screen.getByRole('alert');
    screen.getByRole('heading', { name: 'Something went wrong' });
    expect(alert.textContent).toContain('We could not load the plan.');
    expect(alert.textContent).toContain('Error code: req-7f3a');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
