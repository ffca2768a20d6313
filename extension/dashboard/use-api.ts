import { useEffect, useState } from 'preact/hooks';
import { ApiClient, ApiError } from '../api/api-client';

export type Loadable<T> = { data: T | null; error: string | null; loading: boolean };

/** GETs `path` whenever it changes; a 401 calls `onSignedOut`. */
export function useApi<T>(api: ApiClient, path: string | null, onSignedOut: () => void): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api
      .request<T>('GET', path, undefined, controller.signal)
      .then((data) => setState({ data, error: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        if (err instanceof ApiError && err.status === 401) onSignedOut();
        setState({ data: null, error: err instanceof Error ? err.message : String(err), loading: false });
      });
    return () => controller.abort();
  }, [api, path]);
  return state;
}
