import { useState } from 'preact/hooks';
import { MERGE_FIELDS, mergedValues, type MergeEntity, type MergePick } from '../../../shared/duplicates/merge-values';
import { companiesApi, type CompanyCard } from '../../../shared/api/companies.api';
import { contactsApi, type ContactCard } from '../../../shared/api/contacts.api';
import { duplicatesApi } from '../../../shared/api/duplicates.api';
import { recordTypes } from '../../../shared/records/record-types';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldName, valueText } from '../records/history-text';
import { useOperation } from '../ui/use-api';
import { navigate } from '../use-hash-route';
import { itemName, memberName, useLookups, type Lookups } from '../records/use-lookups';

type MergePageProps = { api: ApiClient; entity: MergeEntity; a: string; b: string; onSignedOut: () => void };
type Row = Record<string, unknown> & { id: string };

/** Each side is read through its type's card. */
const cards = { company: companiesApi.get, contact: contactsApi.get } as const;
const recordOf = (card: CompanyCard | ContactCard): Row => ('company' in card ? card.company : card.contact);
const cardHash = (entity: MergeEntity, id: string) => `#/${entity === 'company' ? 'companies' : 'contacts'}/${id}`;
const title = (entity: MergeEntity, r: Row) =>
  entity === 'company' ? String(r.name) : [r.firstName, r.lastName].filter(Boolean).join(' ');

/** A value as the user knows it: list values and owners by name, not id. */
function shown(field: string, value: unknown, lookups: Lookups | null): string {
  if (!lookups) return valueText(value);
  if (field === 'ownerIds') return valueText((value as string[]).map((id) => memberName(lookups, id)));
  if (field.endsWith('Ids')) return valueText((value as string[]).map((id) => itemName(lookups, id)));
  if (field.endsWith('TypeId') || field === 'industryId' || field === 'departmentId')
    return value ? itemName(lookups, String(value)) : '—';
  return valueText(value);
}

/**
 * Two records side by side: the user picks, per field that differs, whose value the merged record
 * keeps (lists may keep both), and which record survives. Links, summaries and history move to it.
 */
export function MergePage({ api, entity, a, b, onSignedOut }: MergePageProps) {
  const { t } = useI18n();
  const [survivorFirst, setSurvivorFirst] = useState(true);
  const [picks, setPicks] = useState<Record<string, MergePick>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useOperation(api, cards[entity], { params: { id: a } }, onSignedOut);
  const second = useOperation(api, cards[entity], { params: { id: b } }, onSignedOut);
  const { lookups } = useLookups(api, onSignedOut);
  if (first.error || second.error) return <p class="error">{first.error ?? second.error}</p>;
  if (!first.data || !second.data) return <p class="muted">{t('common.loading')}</p>;
  const [survivor, other] = survivorFirst
    ? [recordOf(first.data), recordOf(second.data)]
    : [recordOf(second.data), recordOf(first.data)];
  const lists = new Set<string>(MERGE_FIELDS[entity].lists);
  const fields = [...MERGE_FIELDS[entity].single, ...MERGE_FIELDS[entity].lists].filter(
    (f) => JSON.stringify(survivor[f] ?? null) !== JSON.stringify(other[f] ?? null),
  );
  const result = { ...survivor, ...mergedValues(entity, survivor, other, picks) };
  const pickOf = (f: string): MergePick =>
    picks[f] ??
    (lists.has(f)
      ? 'both'
      : JSON.stringify(result[f]) === JSON.stringify(other[f]) && survivor[f] !== other[f]
        ? 'other'
        : 'survivor');

  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call(duplicatesApi.merge, { json: { entity, survivorId: survivor.id, otherId: other.id, picks } });
      navigate(cardHash(entity, survivor.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <section data-testid="merge-page">
      <a href="#/duplicates" class="back">
        ← {t('duplicates.page.title')}
      </a>
      <h1>{t('duplicates.merge.title', { many: t(recordTypes[entity].name, { count: 2 }) })}</h1>
      <p>
        <strong data-testid="merge-survivor">{title(entity, survivor)}</strong> {t('duplicates.merge.stays')}{' '}
        <strong data-testid="merge-other">{title(entity, other)}</strong> {t('duplicates.merge.mergedIntoIt')}{' '}
        {t('duplicates.merge.moves', { entity })}{' '}
        <button type="button" class="secondary small-button" onClick={() => (setSurvivorFirst(!survivorFirst), setPicks({}))}>
          {t('duplicates.merge.keepOther')}
        </button>
      </p>
      {fields.length === 0 ? (
        <p class="muted">{t('duplicates.merge.same')}</p>
      ) : (
        <table class="list merge-fields">
          <thead>
            <tr>
              <th>{t('duplicates.merge.field')}</th>
              <th>{title(entity, survivor)}</th>
              <th>{title(entity, other)}</th>
              {fields.some((f) => lists.has(f)) && <th>{t('duplicates.merge.bothColumn')}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f} data-field={f}>
                <td>{fieldName(f, entity)}</td>
                {(['survivor', 'other'] as const).map((side) => (
                  <td key={side}>
                    <label>
                      <input
                        type="radio"
                        name={`pick-${f}`}
                        value={side}
                        checked={pickOf(f) === side}
                        onChange={() => setPicks({ ...picks, [f]: side })}
                      />{' '}
                      {shown(f, (side === 'survivor' ? survivor : other)[f] ?? null, lookups)}
                    </label>
                  </td>
                ))}
                {fields.some((x) => lists.has(x)) && (
                  <td>
                    {lists.has(f) && (
                      <label>
                        <input
                          type="radio"
                          name={`pick-${f}`}
                          value="both"
                          checked={pickOf(f) === 'both'}
                          onChange={() => setPicks({ ...picks, [f]: 'both' })}
                        />{' '}
                        {t('duplicates.merge.both')}
                      </label>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && <p class="error">{error}</p>}
      <button type="button" disabled={busy} onClick={() => void merge()} data-testid="confirm-merge">
        {busy ? t('duplicates.merge.merging') : t('duplicates.merge.into', { name: title(entity, survivor) })}
      </button>
    </section>
  );
}
