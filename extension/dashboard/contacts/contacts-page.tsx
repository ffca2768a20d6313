import { useState } from 'preact/hooks';
import type { ContactListRow } from '../../../shared/api/record-list-apis';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { VCardImportButton, type VCardFile } from '../import/vcard-import-button';
import { VCardImportPanel } from '../import/vcard-import-panel';
import type { ListRow } from '../records/record-list-ops';
import { RecordListPage } from '../records/record-list-page';
import { companyPicker } from './contact-company-filter';
import './contact-list.css';
import { vcardFile } from './contact-vcard';

type ContactsPageProps = { api: ApiClient; onSignedOut: () => void };

const isContact = (row: ListRow): row is ContactListRow => 'firstName' in row;

/** The contact list: the generic record list, plus vCard import and export and the "Works at" company picker. */
export function ContactsPage({ api, onSignedOut }: ContactsPageProps) {
  const { t } = useI18n();
  // A new key per file read, so a second file starts from its preview even with the same name.
  const [vcard, setVCard] = useState<(VCardFile & { key: number }) | null>(null);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  return (
    <RecordListPage
      api={api}
      onSignedOut={onSignedOut}
      type="contact"
      pickers={{ company: companyPicker }}
      actions={({ lookups }) => (
        <>
          <a class="button" href="#/contacts/new" data-testid="new-contact">
            {t('contacts.form.newContact')}
          </a>
          <VCardImportButton
            api={api}
            lookups={lookups}
            busy={importing}
            onRead={(file) => (setImportError(null), setVCard({ ...file, key: (vcard?.key ?? 0) + 1 }))}
            onError={setImportError}
          />
        </>
      )}
      panel={({ reload }) => (
        <>
          {importError && <p class="error">{importError}</p>}
          {vcard && (
            <VCardImportPanel
              key={vcard.key}
              api={api}
              file={vcard}
              onImported={reload}
              onBusy={setImporting}
              onClose={() => setVCard(null)}
            />
          )}
        </>
      )}
      formats={(lookups) => [
        {
          id: 'vcf',
          label: t('contacts.list.vcard'),
          extension: 'vcf',
          write: (rows) => vcardFile(rows.filter(isContact), lookups),
        },
      ]}
      emptyHint={t('contacts.list.empty')}
    />
  );
}
