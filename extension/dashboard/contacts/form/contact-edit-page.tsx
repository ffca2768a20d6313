import type { ApiClient } from '../../../api/api-client';
import { contactsApi } from '../../../../shared/api/contacts.api';
import { useOperation } from '../../ui/use-api';
import { useLookups } from '../../records/use-lookups';
import { useI18n } from '../../../ui/i18n/use-i18n';
import { ContactEditForm } from './contact-edit-form';

type ContactEditPageProps = {
  api: ApiClient;
  /** The contact to edit, or null for a new one. */
  id: string | null;
  /** A new contact's company (the company card's "Add person"). */
  companyId: string | null;
  me: string | null;
  onSignedOut: () => void;
};

/** Loads what the form starts from: the contact (unless new) and the lists its pickers offer. */
export function ContactEditPage({ api, id, companyId, me, onSignedOut }: ContactEditPageProps) {
  const card = useOperation(api, contactsApi.get, id ? { params: { id } } : null, onSignedOut);
  const { lookups, error } = useLookups(api, onSignedOut);
  const { t } = useI18n();
  if (card.error || error) return <p class="error">{card.error ?? error}</p>;
  if ((id && !card.data) || !lookups) return <p class="muted">{t('common.loading')}</p>;
  return (
    <ContactEditForm
      api={api}
      contact={card.data?.contact ?? null}
      lookups={lookups}
      me={me}
      companyId={companyId}
      onSignedOut={onSignedOut}
    />
  );
}
