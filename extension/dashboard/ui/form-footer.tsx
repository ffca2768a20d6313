import { useI18n } from '../../ui/i18n/use-i18n';

type FormFooterProps = {
  /** Why the last save did not go through, or null. */
  failure: string | null;
  /** The labels of the fields with a problem, named after the failure. */
  fieldsWithErrors: string[];
  /** Where Cancel goes: the card, or the list for a new record. */
  cancelHash: string;
  saving: boolean;
  /** The save button's words ("Create contact", "Save changes") and its test id. */
  saveLabel: string;
  saveTestId: string;
};

/** A record form's save bar: the refusal with the fields to check, Cancel, and Save. */
export function FormFooter({ failure, fieldsWithErrors, cancelHash, saving, saveLabel, saveTestId }: FormFooterProps) {
  const { t } = useI18n();
  return (
    <footer class="form-footer">
      {failure && (
        <p class="error" role="alert" data-testid="form-error">
          {failure}
          {fieldsWithErrors.length > 0 && t('companies.form.checkFields', { fields: fieldsWithErrors.join(', ') })}
        </p>
      )}
      <span class="spacer" />
      <a class="button secondary" href={cancelHash} data-testid="cancel-edit">
        {t('common.cancel')}
      </a>
      <button type="submit" disabled={saving} data-testid={saveTestId}>
        {saving ? t('common.saving') : saveLabel}
      </button>
    </footer>
  );
}
