import { companiesApi } from '../../../shared/api/companies.api';
import { duplicatesApi } from '../../../shared/api/duplicates.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';
import { reasonsText } from './duplicate-reasons';

type PossibleDuplicatesProps = {
  api: ApiClient;
  entity: 'company' | 'contact';
  probe: Record<string, string | null | undefined>;
  id: string;
};

/** The probe of each record type: the company rule, or the contact check run before a create. */
const probes = { company: companiesApi.duplicates, contact: duplicatesApi.contact } as const;

/** Existing records that look like this one, each with a link to merge it in. Quiet when there are none. */
export function PossibleDuplicates({ api, entity, probe, id }: PossibleDuplicatesProps) {
  const { t } = useI18n();
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(probe)) if (value) given[key] = value;
  const { data } = useOperation(api, probes[entity], { query: { ...given, excludeId: id } }, () => undefined);
  const matches = (data?.matches ?? []).map((m) =>
    'company' in m
      ? { id: m.company.id, name: m.company.name, reasons: m.reasons }
      : { id: m.contact.id, name: [m.contact.firstName, m.contact.lastName].filter(Boolean).join(' '), reasons: m.reasons },
  );
  if (matches.length === 0) return null;
  const base = entity === 'company' ? '#/companies' : '#/contacts';
  return (
    <div class="notice duplicate-notice" role="status" data-testid="possible-duplicates">
      <strong>{t('duplicates.possible.title')}</strong>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <a href={`${base}/${m.id}`}>{m.name}</a> ({reasonsText(m.reasons)}){' '}
            <a class="button secondary small-button" href={`#/merge/${entity}/${id}/${m.id}`}>
              {t('duplicates.mergeLink')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
