import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Re-renders with the query's result whenever the tables it read change, in any context. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (err) => console.error(err) });
    return () => subscription.unsubscribe();
    // `query` closes over `deps`; re-subscribing on every render would thrash IndexedDB.
  }, deps);
  return value;
}
