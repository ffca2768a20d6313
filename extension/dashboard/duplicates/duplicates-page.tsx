import { duplicatesApi } from '../../../shared/api/duplicates.api';
import type { ApiClient } from '../../api/api-client';
import { useOperation } from '../ui/use-api';
import { reasonsText } from './duplicate-reasons';

type DuplicatesPageProps = { api: ApiClient; entity: 'company' | 'contact'; onSignedOut: () => void };

/** Likely duplicate pairs, strongest first, each one click from the merge view. */
export function DuplicatesPage({ api, entity, onSignedOut }: DuplicatesPageProps) {
  const { data, error } = useOperation(api, duplicatesApi.pairs, { query: { entity } }, onSignedOut);
  const base = entity === 'company' ? '#/companies' : '#/contacts';
  return (
    <section>
      <header class="content-header">
        <h1>Duplicates</h1>
        <nav class="tabs">
          <a href="#/duplicates?entity=company" class={entity === 'company' ? 'active' : ''}>
            Companies
          </a>
          <a href="#/duplicates?entity=contact" class={entity === 'contact' ? 'active' : ''}>
            Contacts
          </a>
        </nav>
      </header>
      {error && <p class="error">{error}</p>}
      {data && data.pairs.length === 0 && <p class="muted">No likely duplicates.</p>}
      {data && data.pairs.length > 0 && (
        <table class="list" data-testid="duplicate-pairs">
          <thead>
            <tr>
              <th>Record</th>
              <th>Looks like</th>
              <th>Why</th>
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
                    Merge…
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
