import type { ApiClient } from '../../api/api-client';

export type SavedSelection = {
  id: string;
  ownerId: string;
  entity: 'company' | 'contact';
  name: string;
  query: string;
  shared: boolean;
};

/** Told to the sidebar when a selection is saved or removed elsewhere on the page. */
export const SELECTIONS_CHANGED = 'fjord:selections-changed';

export async function saveSelection(api: ApiClient, body: Omit<SavedSelection, 'id' | 'ownerId'>): Promise<SavedSelection> {
  const { item } = await api.request<{ item: SavedSelection }>('POST', '/api/selections', body);
  dispatchEvent(new Event(SELECTIONS_CHANGED));
  return item;
}

export async function deleteSelection(api: ApiClient, id: string): Promise<void> {
  await api.request('DELETE', `/api/selections/${id}`);
  dispatchEvent(new Event(SELECTIONS_CHANGED));
}

export const selectionHash = (s: Pick<SavedSelection, 'entity' | 'query'>) =>
  `#/${s.entity === 'company' ? 'companies' : 'contacts'}${s.query ? `?${s.query}` : ''}`;
