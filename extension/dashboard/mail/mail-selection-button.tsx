import { useState } from 'preact/hooks';
import { companyFilterFromQuery } from '../../../shared/filters/company-filter';
import { MAILING_MAX_IDS, type MailingTarget } from '../../../shared/mail/mailing-request';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { MailComposer } from './mail-composer';
import type { Selection } from '../records/use-selection';

type MailSelectionButtonProps = {
  api: ApiClient;
  selection: Selection;
  /** The list's filter as its query string: sent instead of ids when everything matching is too many to list. */
  query: string;
};

/**
 * "E-mail…" in a list's bulk bar. The ticked ids go as they are, so exactly the records the user
 * saw are mailed; only an all-matching selection beyond what one request can list goes as the filter.
 */
export function MailSelectionButton({ api, selection, query }: MailSelectionButtonProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState<MailingTarget | null>(null);
  const open = () => {
    const filter = companyFilterFromQuery(Object.fromEntries(new URLSearchParams(query)));
    const byFilter = selection.allMatching && selection.size > MAILING_MAX_IDS && filter.success;
    setTarget(byFilter ? { entity: 'company', filter: filter.data } : { entity: 'company', ids: [...selection.ids] });
  };
  return (
    <>
      <button type="button" class="secondary" data-testid="bulk-email" onClick={open}>
        {t('mail.selection.button')}
      </button>
      {target && (
        <MailComposer
          api={api}
          target={target}
          selectionLabel={t('mail.selection.companies', { count: selection.size })}
          onClose={() => setTarget(null)}
        />
      )}
    </>
  );
}
