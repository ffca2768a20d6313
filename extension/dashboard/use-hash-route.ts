import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'companies' }
  | { page: 'company'; id: string }
  | { page: 'company-edit'; id: string }
  | { page: 'company-new' }
  | { page: 'contacts' }
  | { page: 'contact'; id: string }
  | { page: 'settings' };

/** Hash routes (`#/companies/ID`) work the same on the server's page and as an extension page. */
export function parseRoute(hash: string): Route {
  const [, section, id, action] = hash.replace(/^#/, '').split('/');
  if (section === 'companies' && id === 'new') return { page: 'company-new' };
  if (section === 'companies' && id && action === 'edit') return { page: 'company-edit', id };
  if (section === 'companies' && id) return { page: 'company', id };
  if (section === 'contacts' && id) return { page: 'contact', id };
  if (section === 'contacts') return { page: 'contacts' };
  if (section === 'settings') return { page: 'settings' };
  return { page: 'companies' };
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
