import { useEffect, useState } from 'preact/hooks';

export type Route =
  { page: 'companies' } | { page: 'company'; id: string } | { page: 'contacts' } | { page: 'contact'; id: string };

/** Hash routes (`#/companies/ID`) work the same on the server's page and as an extension page. */
export function parseRoute(hash: string): Route {
  const [, section, id] = hash.replace(/^#/, '').split('/');
  if (section === 'companies' && id) return { page: 'company', id };
  if (section === 'contacts' && id) return { page: 'contact', id };
  if (section === 'contacts') return { page: 'contacts' };
  return { page: 'companies' };
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
