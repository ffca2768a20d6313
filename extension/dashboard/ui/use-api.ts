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

/**
 * GETs a documented operation (shared/api/*.api.ts) whenever its input changes (compared as the
 * request it makes); `null` waits. A 401 calls `onSignedOut`.
 */
export function useOperation<O extends Operation>(
  api: ApiClient,
  operation: O,
  input: OperationInput<O> | null,
  onSignedOut: () => void,
): Loadable<OperationOutput<O>> {
  const [state, setState] = useState<State<OperationOutput<O>>>({ data: null, error: null, status: null, loading: true });
  const [round, setRound] = useState(0);
  const request = input ? operationUrl(operation, input) : null;
  useEffect(() => {
    if (!input) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    api
      .call(operation, input, controller.signal)
      .then((data) => setState({ data, error: null, status: null, loading: false }))
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        if (err instanceof ApiError && err.status === 401) onSignedOut();
        const status = err instanceof ApiError ? err.status : null;
        setState({ data: null, error: err instanceof Error ? err.message : String(err), status, loading: false });
      });
    return () => controller.abort();
  }, [api, request, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}
