import type { ApiClient } from '../../api/api-client';
import { MailSelectionButton } from '../mail/mail-selection-button';
import { RecordListPage } from '../records/record-list-page';

type CompaniesPageProps = { api: ApiClient; onSignedOut: () => void };

/** The company list: the generic record list, plus "New company" and mailing the selection. */
export function CompaniesPage({ api, onSignedOut }: CompaniesPageProps) {
  return (
    <RecordListPage
      api={api}
      onSignedOut={onSignedOut}
      type="company"
      actions={() => (
        <a class="button" href="#/companies/new" data-testid="new-company">
          New company
        </a>
      )}
      bulkExtras={(selection, query) => <MailSelectionButton api={api} selection={selection} query={query} />}
      emptyHint="No companies yet: use New company, or open a company website and use the Fjord toolbar button to add it."
    />
  );
}
