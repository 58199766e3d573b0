import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Afslut indsats
      </button>
      <ConfirmDialog
        open={open}
        title="Afslut indsatsen?"
        confirmLabel="Ja, afslut"
        onConfirm={() => {
          onConfirm();
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      >
        Familiebehandlingen slutter i dag.
      </ConfirmDialog>
    </>
  );
}

const dialog = () => document.querySelector('dialog') as HTMLDialogElement;

describe('ConfirmDialog', () => {
  it('opens as a modal with focus on Cancel, and confirming calls onConfirm and closes', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    expect(dialog().open).toBe(false);
    const opener = screen.getByRole('button', { name: 'Afslut indsats' });
    opener.focus();
    fireEvent.click(opener);

    expect(dialog().open).toBe(true);
    expect(dialog().getAttribute('aria-labelledby')).toBe(screen.getByText('Afslut indsatsen?').id);
    expect(document.activeElement?.textContent).toBe('Annuller');

    fireEvent.click(screen.getByRole('button', { name: 'Ja, afslut' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('cancelling (button or Escape) closes without confirming', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Afslut indsats' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(dialog().open).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Afslut indsats' }));
    expect(dialog().open).toBe(true);
    fireEvent(dialog(), new Event('cancel', { cancelable: true }));
    expect(dialog().open).toBe(false);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
