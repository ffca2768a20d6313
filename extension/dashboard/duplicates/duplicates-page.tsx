import { duplicatesApi } from '../../../shared/api/duplicates.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';
import { reasonsText } from './duplicate-reasons';

type DuplicatesPageProps = { api: ApiClient; entity: 'company' | 'contact'; onSignedOut: () => void };

/** Likely duplicate pairs, strongest first, each one click from the merge view. */
export function DuplicatesPage({ api, entity, onSignedOut }: DuplicatesPageProps) {
  const { t } = useI18n();
  const { data, error } = useOperation(api, duplicatesApi.pairs, { query: { entity } }, onSignedOut);
  const base = entity === 'company' ? '#/companies' : '#/contacts';
  return (
    <section>
      <header class="content-header">
        <h1>{t('duplicates.page.title')}</h1>
        <nav class="tabs">
          <a href="#/duplicates?entity=company" class={entity === 'company' ? 'active' : ''}>
            {t('common.companies')}
          </a>
          <a href="#/duplicates?entity=contact" class={entity === 'contact' ? 'active' : ''}>
            {t('common.contacts')}
          </a>
        </nav>
      </header>
      {error && <p class="error">{error}</p>}
      {data && data.pairs.length === 0 && <p class="muted">{t('duplicates.page.none')}</p>}
      {data && data.pairs.length > 0 && (
        <table class="list" data-testid="duplicate-pairs">
          <thead>
            <tr>
              <th>{t('duplicates.page.record')}</th>
              <th>{t('duplicates.page.looksLike')}</th>
              <th>{t('duplicates.page.why')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.pairs.map((p) => (
              <tr key={`${p.a.id}${p.b.id}`}>
                <td>
                  <a href={`${base}/${p.a.id}`}>{p.a.name}</a>
                </td>
                <td>
                  <a href={`${base}/${p.b.id}`}>{p.b.name}</a>
                </td>
                <td>{reasonsText(p.reasons)}</td>
                <td>
                  <a class="button secondary" href={`#/merge/${entity}/${p.a.id}/${p.b.id}`}>
                    {t('duplicates.mergeLink')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
