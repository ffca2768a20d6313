import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../shared/i18n/messages';
import { ApiError } from '../../api/api-client';
import { currentI18n } from '../../ui/i18n/use-i18n';

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

/** A refused settings change in words: `forbidden` for a member, else each problem under the field's label. */
export function settingsProblem(err: unknown, forbidden: MessageKey, labels: Record<string, MessageKey>): string {
  const { t } = currentI18n();
  if (err instanceof ApiError && err.code === 'forbidden') return t(forbidden);
  if (err instanceof ApiError && err.issues.length > 0) {
    const label = (path: (string | number)[]) => {
      const key = labels[String(path[0])];
      return key ? t(key) : path.join('.');
    };
    return err.issues.map((i) => `${label(i.path)}: ${i.message}`).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}
