import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../ui/i18n/use-i18n';
import './confirm-dialog.css';

type ConfirmDialogProps = {
  /** The question, naming what it is about ("Delete the company “Kaikanten AS”?"). */
  title: string;
  /** What happens, in a sentence. */
  body: string;
  confirmLabel: string;
  /** While the confirmed action runs: the button says so and nothing can be clicked twice. */
  busyLabel: string;
  busy: boolean;
  /** A refusal or failure, in words, shown in the dialog so the user can cancel or try again. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal question before something the user may regret; Escape and Cancel say no. */
export function ConfirmDialog({ title, body, confirmLabel, busyLabel, busy, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      data-testid="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="confirm-dialog-title">{title}</h2>
      <p>{body}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="confirm-dialog-buttons">
        <button type="button" class="secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={onConfirm} data-testid="confirm-yes">
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
