import type { z } from 'zod';
import { savedSelectionsApi, type SavedSelection, type SelectionBody } from '../../../shared/api/saved-selections.api';
import type { ApiClient } from '../../api/api-client';

/** Told to the sidebar when a selection is saved or removed elsewhere on the page. */
export const SELECTIONS_CHANGED = 'fjord:selections-changed';

export async function saveSelection(api: ApiClient, body: z.input<typeof SelectionBody>): Promise<SavedSelection> {
  const { item } = await api.call(savedSelectionsApi.create, { json: body });
  dispatchEvent(new Event(SELECTIONS_CHANGED));
  return item;
}

export async function deleteSelection(api: ApiClient, id: string): Promise<void> {
  await api.call(savedSelectionsApi.remove, { params: { id } });
  dispatchEvent(new Event(SELECTIONS_CHANGED));
}

export const selectionHash = (s: Pick<SavedSelection, 'entity' | 'query'>) =>
  `#/${s.entity === 'company' ? 'companies' : 'contacts'}${s.query ? `?${s.query}` : ''}`;
