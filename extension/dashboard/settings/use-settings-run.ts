import { useState } from 'preact/hooks';
import { ApiError } from '../../api/api-client';

/**
 * One settings change at a time: `run` shows `progress` while `work` runs, keeps the error in
 * words (`describe`), signs out on 401 and reloads the settings afterwards either way.
 */
export function useSettingsRun(onChanged: () => void, onSignedOut: () => void, describe: (err: unknown) => string) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (progress: string, work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(progress);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      setError(describe(err));
      return false;
    } finally {
      setBusy(null);
      onChanged();
    }
  };
  return { busy, error, setError, run };
}
