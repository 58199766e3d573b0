import { type ReactNode, useEffect, useId, useRef } from 'react';
import { cx } from './cx';
import { useT } from './i18n/LanguageProvider';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** Whether the dialog is shown. */
  open: boolean;
  /** The question, e.g. "Afslut indsatsen?". */
  title: string;
  /** What will happen, in plain words. */
  children?: ReactNode;
  /** Text of the confirm button, naming the action (e.g. "Afslut indsats"). */
  confirmLabel?: string;
  /** Text of the cancel button (default "Annuller"). */
  cancelLabel?: string;
  /** Styles the confirm button as dangerous (default true: this is for destructive actions). */
  destructive?: boolean;
  /** Called when the user confirms. */
  onConfirm: () => void;
  /** Called when the user cancels (button, Escape). */
  onCancel: () => void;
}

/**
 * A modal confirmation for destructive actions, on the native `<dialog>` (which
 * traps focus and closes on Escape). Focus starts on Cancel, the safe choice, and
 * returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  destructive = true,
  onConfirm,
  onCancel,
}: ConfirmDialogProps): ReactNode {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const previous = document.activeElement;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      dialog.removeAttribute('open');
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="tr-dialog"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onCancel={(event) => {
        // Keep React in charge of `open`: the parent closes the dialog via onCancel.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="tr-dialog__title">
        {title}
      </h2>
      {children ? (
        <div id={bodyId} className="tr-dialog__body">
          {children}
        </div>
      ) : null}
      <div className="tr-dialog__actions">
        <button ref={cancelRef} type="button" className="tr-button" onClick={onCancel}>
          {cancelLabel ?? t('dialog.cancel')}
        </button>
        <button
          type="button"
          className={cx('tr-button', destructive ? 'tr-button--danger' : 'tr-button--primary')}
          onClick={onConfirm}
        >
          {confirmLabel ?? t('dialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
