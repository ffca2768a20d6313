import { useEffect, useState } from 'preact/hooks';
import type { Operation } from '../../../shared/api/operation';
import { ApiClient, ApiError, operationUrl } from '../../api/api-client';
import type { OperationInput, OperationOutput } from '../../api/operation-types';

export type Loadable<T> = {
  data: T | null;
  error: string | null;
  /** The HTTP status of the failure (0 offline), so a 404 can read as "deleted". */
  status: number | null;
  loading: boolean;
  /** GETs again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
};

type State<T> = Omit<Loadable<T>, 'reload'>;

/** GETs `path` whenever it changes; a 401 calls `onSignedOut`. */
export function useApi<T>(api: ApiClient, path: string | null, onSignedOut: () => void): Loadable<T> {
  const [state, setState] = useState<State<T>>({ data: null, error: null, status: null, loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api
      .request<T>('GET', path, undefined, controller.signal)
      .then((data) => setState({ data, error: null, status: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        if (err instanceof ApiError && err.status === 401) onSignedOut();
        const status = err instanceof ApiError ? err.status : null;
        setState({ data: null, error: err instanceof Error ? err.message : String(err), status, loading: false });
      });
    return () => controller.abort();
  }, [api, path, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}

/** GETs a documented operation (shared/api/*.api.ts) whenever its input changes; `null` waits. */
export function useOperation<O extends Operation>(
  api: ApiClient,
  operation: O,
  input: OperationInput<O> | null,
  onSignedOut: () => void,
): Loadable<OperationOutput<O>> {
  return useApi(api, input ? operationUrl(operation, input) : null, onSignedOut);
}
