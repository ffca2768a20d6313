import type { ApiClient } from '../../api/api-client';
import { MailSelectionButton } from '../mail/mail-selection-button';
import { RecordListPage } from '../records/record-list-page';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompaniesPageProps = { api: ApiClient; onSignedOut: () => void };

/** The company list: the generic record list, plus "New company" and mailing the selection. */
export function CompaniesPage({ api, onSignedOut }: CompaniesPageProps) {
  const { t } = useI18n();
  return (
    <RecordListPage
      api={api}
      onSignedOut={onSignedOut}
      type="company"
      actions={() => (
        <a class="button" href="#/companies/new" data-testid="new-company">
          {t('companies.list.new')}
        </a>
      )}
      bulkExtras={(selection, query) => <MailSelectionButton api={api} selection={selection} query={query} />}
      emptyHint={t('companies.list.empty')}
    />
  );
}
