import { useState } from 'preact/hooks';

type State = { query: string; ids: ReadonlySet<string>; allMatching: boolean };

export type Selection = ReturnType<typeof useSelection>;

/**
 * Ticked records of a list. A new filter starts an empty selection, so a bulk action never touches rows
 * the user can no longer see matching.
 */
export function useSelection(query: string) {
  const [state, setState] = useState<State>({ query, ids: new Set(), allMatching: false });
  const current: State = state.query === query ? state : { query, ids: new Set(), allMatching: false };
  const replace = (ids: Iterable<string>, allMatching = false) => setState({ query, ids: new Set(ids), allMatching });
  return {
    ids: current.ids,
    size: current.ids.size,
    /** Every record the filter matched when it was asked (the record list's `ids` operation). */
    allMatching: current.allMatching,
    has: (id: string) => current.ids.has(id),
    toggle: (id: string) => {
      const next = new Set(current.ids);
      if (!next.delete(id)) next.add(id);
      replace(next);
    },
    setMany: (ids: string[], on: boolean) => {
      const next = new Set(current.ids);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      replace(next);
    },
    selectAllMatching: (ids: string[]) => replace(ids, true),
    clear: () => replace([]),
  };
}
