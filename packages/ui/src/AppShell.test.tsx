import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppShell } from './AppShell';
import { defineMessages } from './i18n/dictionary';
import { LanguageProvider, useT } from './i18n/LanguageProvider';

const messages = defineMessages({ greeting: 'Hej {name}' }, { greeting: 'Hello {name}' });

function Greeting() {
  const t = useT(messages);
  return <p>{t('greeting', { name: 'Mette' })}</p>;
}

function renderShell(onLangChange?: (lang: 'da' | 'en') => void) {
  return render(
    <LanguageProvider onLangChange={onLangChange}>
      <AppShell
        appName="Forældreportalen"
        municipality="Eksempelby Kommune"
        userRole="Forælder"
        footer={<a href="/tilgaengelighed">Tilgængelighedserklæring</a>}
      >
        <Greeting />
      </AppShell>
    </LanguageProvider>,
  );
}

describe('AppShell', () => {
  it('has a skip link to main, a banner with municipality and role, and a footer slot', () => {
    renderShell();
    const skip = screen.getByRole('link', { name: 'Gå til indholdet' });
    const main = screen.getByRole('main');
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Eksempelby Kommune');
    expect(banner.textContent).toContain('Rolle: Forælder');
    expect(screen.getByRole('contentinfo').textContent).toBe('Tilgængelighedserklæring');
  });

  it('switches the whole UI between Danish and English', () => {
    const onLangChange = vi.fn();
    renderShell(onLangChange);
    screen.getByText('Hej Mette');
    const toggle = screen.getByRole('button', { name: 'English' });
    expect(toggle.getAttribute('lang')).toBe('en');

    fireEvent.click(toggle);
    screen.getByText('Hello Mette');
    screen.getByRole('link', { name: 'Skip to content' });
    expect(screen.getByRole('banner').textContent).toContain('Role: Forælder');
    expect(document.documentElement.lang).toBe('en');
    expect(onLangChange).toHaveBeenCalledWith('en');

    fireEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    screen.getByText('Hej Mette');
    expect(document.documentElement.lang).toBe('da');
  });
});
