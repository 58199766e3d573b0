import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('puts the provider’s button first when OIDC is configured for the audience', () => {
    const { container } = render(
      <LoginForm
        audience="parent"
        returnTo="/portal/"
        onPasswordLogin={() => {}}
        pending={false}
        providers={{ staff: false, parent: true }}
      />,
    );
    const link = screen.getByRole('link', { name: 'Log ind med MitID' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/parent/start?returnTo=%2Fportal%2F');
    const first = container.querySelector('a, input, button');
    expect(first).toBe(link);
  });

  it('shows only the password form when the audience has no provider', () => {
    render(
      <LoginForm
        audience="staff"
        returnTo="/console/"
        onPasswordLogin={() => {}}
        pending={false}
        providers={{ staff: false, parent: true }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Log ind' }).className).toContain(
      'tr-button--primary',
    );
  });

  it('reports empty fields on the field, focuses the first, and sends nothing', () => {
    const onPasswordLogin = vi.fn();
    render(
      <LoginForm
        audience="staff"
        returnTo="/console/"
        onPasswordLogin={onPasswordLogin}
        pending={false}
        providers={null}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(screen.getByText('Skriv din e-mail.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/E-mail/));
    expect(onPasswordLogin).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: 'a@b.dk' } });
    fireEvent.change(screen.getByLabelText(/Adgangskode/), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(onPasswordLogin).toHaveBeenCalledWith({ email: 'a@b.dk', password: 'x' });
  });
});
