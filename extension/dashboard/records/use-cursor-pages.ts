import { useState } from 'preact/hooks';

/** A stack of keyset cursors for previous/next; a new filter starts again at page 1. */
export function useCursorPages(query: string) {
  const [state, setState] = useState<{ query: string; cursors: string[] }>({ query, cursors: [] });
  const cursors = state.query === query ? state.cursors : [];
  return {
    /** The cursor of the page shown; none on page 1. */
    cursor: cursors[cursors.length - 1],
    page: cursors.length + 1,
    next: (nextCursor: string) => setState({ query, cursors: [...cursors, nextCursor] }),
    previous: () => setState({ query, cursors: cursors.slice(0, -1) }),
  };
}
