import { useEffect, useState } from 'preact/hooks';

/** `?tab=…` of a card's hash (`#/companies/ID?tab=agreements`): a reload or a shared link opens the same tab. */
export function cardTabOf(hash: string): string {
  return new URLSearchParams(hash.split('?')[1] ?? '').get('tab') ?? 'overview';
}

/** The card's tab from the URL hash; changing tabs is following a link. */
export function useCardTab(): string {
  const [tab, setTab] = useState(() => cardTabOf(location.hash));
  useEffect(() => {
    const update = () => setTab(cardTabOf(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return tab;
}

/** The hash of a card's tab; the overview is the card's own address. */
export function cardTabHash(base: string, tab: string): string {
  return tab === 'overview' ? base : `${base}?tab=${tab}`;
}
