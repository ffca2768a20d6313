import { useEffect, useState } from 'preact/hooks';

export type Route =
  /** `query` is the list's filter and sort (`#/companies?tagIds=…&sort=name`), so a reload or a shared link keeps them. */
  | { page: 'companies'; query: string }
  | { page: 'company'; id: string }
  | { page: 'company-edit'; id: string }
  | { page: 'company-new' }
  /** The contact list keeps its filter and sort the same way (`#/contacts?tagIds=…`). */
  | { page: 'contacts'; query: string }
  | { page: 'contact'; id: string }
  | { page: 'contact-edit'; id: string }
  /** `companyId`: the company the new person works at (`#/contacts/new?company=…`). */
  | { page: 'contact-new'; companyId: string | null }
  | { page: 'settings' }
  | { page: 'my-work' }
  | { page: 'notifications' }
  | { page: 'trash' }
  | { page: 'duplicates'; entity: 'company' | 'contact' }
  /** Merge `b` into `a` (the merge view may swap them). */
  | { page: 'merge'; entity: 'company' | 'contact'; a: string; b: string };

/** Hash routes (`#/companies/ID`) work the same on the server's page and as an extension page. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const [, section, id, action] = path.split('/');
  if (section === 'companies' && id === 'new') return { page: 'company-new' };
  if (section === 'companies' && id && action === 'edit') return { page: 'company-edit', id };
  if (section === 'companies' && id) return { page: 'company', id };
  if (section === 'contacts' && id === 'new')
    return { page: 'contact-new', companyId: new URLSearchParams(query).get('company') || null };
  if (section === 'contacts' && id && action === 'edit') return { page: 'contact-edit', id };
  if (section === 'contacts' && id) return { page: 'contact', id };
  if (section === 'contacts') return { page: 'contacts', query };
  if (section === 'settings') return { page: 'settings' };
  if (section === 'my-work') return { page: 'my-work' };
  if (section === 'notifications') return { page: 'notifications' };
  if (section === 'trash') return { page: 'trash' };
  if (section === 'duplicates') return { page: 'duplicates', entity: query.includes('entity=contact') ? 'contact' : 'company' };
  const [, , entity, a, b] = path.split('/');
  if (section === 'merge' && (entity === 'company' || entity === 'contact') && a && b) return { page: 'merge', entity, a, b };
  return { page: 'companies', query };
}

export function navigate(hash: string) {
  location.hash = hash;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
