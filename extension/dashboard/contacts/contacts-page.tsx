import { useState } from 'preact/hooks';
import type { Contact } from '../../../shared/entities/contact';
import type { ApiClient } from '../../api/api-client';
import { CONTACT_BULK_KINDS } from '../records/bulk-action-kinds';
import { BulkActionsBar } from '../records/bulk-actions-bar';
import '../records/bulk-actions-bar.css';
import { ColumnChooser } from '../records/column-chooser';
import { CONTACT_COLUMNS, CONTACT_NAME_COLUMN, DEFAULT_CONTACT_COLUMNS, contactListName } from './contact-columns';
import { ContactCompanyFilter } from './contact-company-filter';
import './contact-list.css';
import { CONTACT_FILTERS, type ContactSortKey } from './contact-list-query';
import { vcardFile } from './contact-vcard';
import '../companies/company-list.css';
import { ExportMenu } from '../records/export-menu';
import { FilterBar } from '../records/filter-bar';
import { visibleColumns } from '../records/list-columns';
import { CONTACT_LIST } from '../settings/list-resource';
import { Pager } from '../ui/pager';
import { RecordTable } from '../records/record-table';
import { SelectAllMatching } from '../records/select-all-matching';
import { useApi } from '../ui/use-api';
import { useColumnChoice } from '../records/use-column-choice';
import { useCursorPages } from '../records/use-cursor-pages';
import { useListFilter } from '../records/use-list-filter';
import { DELETED, useLookups } from '../records/use-lookups';
import { useSelection } from '../records/use-selection';
import { VCardImportButton, type VCardFile } from '../import/vcard-import-button';
import { VCardImportPanel } from '../import/vcard-import-panel';
import { SaveSelectionButton } from '../records/save-selection-button';

type ContactsPageProps = { api: ApiClient; onSignedOut: () => void };

const PAGE_SIZE = 50;

/** The contact list on par with the companies: search, filters and sort in the URL, selection, bulk actions, exports, vCard import. */
export function ContactsPage({ api, onSignedOut }: ContactsPageProps) {
  const filter = useListFilter<ContactSortKey>(CONTACT_FILTERS);
  const pages = useCursorPages(filter.query, PAGE_SIZE);
  const list = useApi<{ items: Contact[]; nextCursor: string | null }>(api, `/api/contacts?${pages.query}`, onSignedOut);
  const { lookups, error: lookupsError } = useLookups(api, onSignedOut);
  const companyId = filter.params.get('companyId');
  const company = useApi<{ company: { name: string } }>(api, companyId ? `/api/companies/${companyId}` : null, onSignedOut);
  const companyName = companyId ? (company.data?.company.name ?? (company.status === 404 ? DELETED : null)) : null;
  const columnChoice = useColumnChoice('contacts', CONTACT_COLUMNS, DEFAULT_CONTACT_COLUMNS);
  const columns = visibleColumns(CONTACT_NAME_COLUMN, CONTACT_COLUMNS, columnChoice.keys);
  const selection = useSelection(filter.query);
  // A new key per file read, so a second file starts from its preview even with the same name.
  const [vcard, setVCard] = useState<(VCardFile & { key: number }) | null>(null);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  const pageSelected = items.length > 0 && items.every((c) => selection.has(c.id));

  return (
    <section class="company-list contact-list">
      <header class="content-header">
        <h1>Contacts</h1>
        <div class="header-actions">
          <SaveSelectionButton api={api} entity="contact" query={filter.query} />
          <VCardImportButton
            lookups={lookups}
            busy={importing}
            onRead={(file) => {
              setImportError(null);
              setVCard({ ...file, key: (vcard?.key ?? 0) + 1 });
            }}
            onError={setImportError}
          />
        </div>
      </header>
      {importError && <p class="error">{importError}</p>}
      {vcard && (
        <VCardImportPanel
          key={vcard.key}
          api={api}
          file={vcard}
          onImported={list.reload}
          onBusy={setImporting}
          onClose={() => setVCard(null)}
        />
      )}
      <FilterBar
        filter={filter}
        lookups={lookups}
        searchHint="Search name, e-mail, phone or company"
        recordNames={companyId && companyName ? { [companyId]: companyName } : {}}
        recordFilters={
          <ContactCompanyFilter
            api={api}
            value={companyId}
            name={companyName}
            onChange={(id) => filter.set('companyId', id)}
            onSignedOut={onSignedOut}
          />
        }
      >
        <ColumnChooser columns={CONTACT_COLUMNS} keys={columnChoice.keys} onChange={columnChoice.setKeys} />
        {lookups && (
          <ExportMenu
            api={api}
            resource={CONTACT_LIST}
            query={filter.query}
            selection={selection}
            columns={columns}
            lookups={lookups}
            formats={[{ id: 'vcf', label: 'vCard (.vcf)', extension: 'vcf', write: (contacts) => vcardFile(contacts, lookups) }]}
          />
        )}
      </FilterBar>
      {(list.error ?? lookupsError) && <p class="error">{list.error ?? lookupsError}</p>}
      {selection.size > 0 && lookups && (
        <BulkActionsBar
          api={api}
          spec={CONTACT_FILTERS}
          kinds={CONTACT_BULK_KINDS}
          selection={selection}
          lookups={lookups}
          onFinished={list.reload}
          nameOf={(id) => {
            const contact = items.find((c) => c.id === id);
            return contact && contactListName(contact);
          }}
        />
      )}
      {items.length > 0 && (selection.size > 0 || pageSelected) && (
        <SelectAllMatching
          api={api}
          resource={CONTACT_LIST}
          query={filter.query}
          selection={selection}
          pageSelected={pageSelected}
        />
      )}
      <RecordTable
        resource={CONTACT_LIST}
        rows={items}
        columns={columns}
        nameOf={contactListName}
        lookups={lookups}
        sort={filter.sort}
        dir={filter.dir}
        onSort={filter.sortBy}
        selection={selection}
        loading={list.loading}
      />
      {list.data && items.length === 0 && (
        <p class="empty">
          {filter.activeCount > 0 || filter.params.has('q') ? (
            <>
              No contact matches these filters.{' '}
              <a href="#/contacts" data-testid="reset-list">
                Show all contacts
              </a>{' '}
              or widen the search.
            </>
          ) : (
            'No contacts yet: use Import .vcf to bring in a phone or e-mail export, or add people found on company pages from the toolbar popup.'
          )}
        </p>
      )}
      {list.data && <Pager page={pages.page} nextCursor={list.data.nextCursor} onNext={pages.next} onPrevious={pages.previous} />}
    </section>
  );
}
