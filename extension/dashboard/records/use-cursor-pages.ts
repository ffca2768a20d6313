import { useState } from 'preact/hooks';

/** A stack of keyset cursors for previous/next; a new filter starts again at page 1. */
export function useCursorPages(query: string, pageSize: number) {
  const [state, setState] = useState<{ query: string; cursors: string[] }>({ query, cursors: [] });
  const cursors = state.query === query ? state.cursors : [];
  const params = new URLSearchParams(query);
  params.set('limit', String(pageSize));
  const cursor = cursors[cursors.length - 1];
  if (cursor) params.set('cursor', cursor);
  return {
    query: params.toString(),
    page: cursors.length + 1,
    next: (nextCursor: string) => setState({ query, cursors: [...cursors, nextCursor] }),
    previous: () => setState({ query, cursors: cursors.slice(0, -1) }),
  };
}
