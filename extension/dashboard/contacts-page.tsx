import type { Contact } from '../../shared/entities/contact';
import type { ApiClient } from '../api/api-client';
import { Pager } from './pager';
import { useApi } from './use-api';
import { usePagedSearch } from './use-paged-search';

type ContactsPageProps = { api: ApiClient; onSignedOut: () => void };

export function ContactsPage({ api, onSignedOut }: ContactsPageProps) {
  const search = usePagedSearch(50);
  const { data, error } = useApi<{ items: Contact[]; nextCursor: string | null }>(
    api,
    `/api/contacts?${search.query}`,
    onSignedOut,
  );
  return (
    <section>
      <header class="content-header">
        <h1>Contacts</h1>
        <input
          type="search"
          name="q"
          placeholder="Search name, e-mail or phone"
          aria-label="Search contacts"
          value={search.text}
          onInput={(e) => search.setText(e.currentTarget.value)}
        />
      </header>
      {error && <p class="error">{error}</p>}
      <table class="list" data-testid="contacts">
        <thead>
          <tr>
            <th>Name</th>
            <th>Title</th>
            <th>E-mail</th>
            <th>Phone</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`#/contacts/${c.id}`}>{`${c.lastName ? `${c.lastName}, ` : ''}${c.firstName}`}</a>
              </td>
              <td>{c.title ?? ''}</td>
              <td>{c.email ?? ''}</td>
              <td>{c.phone ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.items.length === 0 && (
        <p class="empty">
          {search.text
            ? 'No contact matches that search.'
            : 'No contacts yet: people found on company pages can be added from the toolbar popup.'}
        </p>
      )}
      {data && <Pager page={search.page} nextCursor={data.nextCursor} onNext={search.next} onPrevious={search.previous} />}
    </section>
  );
}
