import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InAppLink } from './InAppLink';

function renderLink() {
  const onNavigate = vi.fn();
  render(
    <InAppLink href="/console/cases/1" onNavigate={onNavigate}>
      Sag 1
    </InAppLink>,
  );
  return { onNavigate, link: screen.getByRole('link', { name: 'Sag 1' }) };
}

describe('InAppLink', () => {
  it('is a real link with its URL, and a plain click navigates inside the app', () => {
    const { onNavigate, link } = renderLink();
    expect(link.getAttribute('href')).toBe('/console/cases/1');
    const notCancelled = fireEvent.click(link, { button: 0 });
    expect(onNavigate).toHaveBeenCalledOnce();
    expect(notCancelled).toBe(false);
  });

  it('leaves ctrl-, cmd-, shift- and middle-clicks to the browser', () => {
    const { onNavigate, link } = renderLink();
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      expect(fireEvent.click(link, { button: 0, ...init })).toBe(true);
    }
    expect(onNavigate).not.toHaveBeenCalled();
  });
});
