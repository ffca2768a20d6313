import { useState } from 'preact/hooks';
import { companiesApi } from '../../../shared/api/companies.api';
import { contactsApi } from '../../../shared/api/contacts.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { announceTrashed } from '../trash/trash-notice';
import { navigate } from '../use-hash-route';

type DeleteRecordButtonProps = { api: ApiClient; entity: 'company' | 'contact'; id: string; name: string };

const remove = { company: companiesApi.remove, contact: contactsApi.remove };
const plural = { company: 'companies', contact: 'contacts' };

/**
 * A card's Delete: asks first, naming the record, then moves it to the trash and goes to the list,
 * which says so and offers Undo. Anyone may delete (company.delete, contact.delete); a refusal is
 * shown in the dialog in the server's words.
 */
export function DeleteRecordButton({ api, entity, id, name }: DeleteRecordButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call(remove[entity], { params: { id } });
      announceTrashed({ entity, id, name, plural: plural[entity] });
      navigate(`#/${plural[entity]}`);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="secondary" onClick={() => setOpen(true)} data-testid="delete-record">
        {t('trash.delete')}
      </button>
      {open && (
        <ConfirmDialog
          title={t(entity === 'company' ? 'trash.delete.confirmCompany' : 'trash.delete.confirmContact', { name })}
          body={t('trash.delete.explain')}
          confirmLabel={t('trash.delete.yes')}
          busyLabel={t('trash.delete.busy')}
          busy={busy}
          error={error}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setOpen(false);
            setError(null);
          }}
        />
      )}
    </>
  );
}
