import { useEffect, useState } from 'preact/hooks';
import type { MailingProgress } from '../../../shared/mail/mailing-responses';
import { mailingsApi } from '../../../shared/api/mailings.api';
import type { ApiClient } from '../../api/api-client';
import { ProgressBar } from '../ui/progress-bar';

type MailProgressProps = { api: ApiClient; id: string; total: number; onClose: () => void };

const POLL_MS = 500;
const RETRY_MS = 2000;

/** Follows a mailing the server is sending until it finishes, then says what went and what failed. */
export function MailProgress({ api, id, total, onClose }: MailProgressProps) {
  const [progress, setProgress] = useState<MailingProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api.call(mailingsApi.progress, { params: { id } });
        if (stopped) return;
        setProgress(next);
        setError(null);
        if (!next.finished) timer = setTimeout(() => void poll(), POLL_MS);
      } catch (err) {
        if (stopped) return;
        setError(`Could not read the progress (${(err as Error).message}); trying again.`);
        timer = setTimeout(() => void poll(), RETRY_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, id]);

  const done = progress ? progress.sent + progress.failed : 0;
  const finished = progress?.finished ?? false;
  return (
    <div class="mail-progress" data-testid="mail-progress">
      {finished && progress ? (
        <>
          <p class={progress.failed > 0 ? 'warn-text' : 'ok-text'} data-testid="mail-result" role="status">
            Sent {progress.sent.toLocaleString('en')} of {progress.total.toLocaleString('en')} messages.
            {progress.failed > 0 && ` ${progress.failed.toLocaleString('en')} failed:`}
          </p>
          {progress.failures.length > 0 && (
            <ul class="mail-failures" data-testid="mail-failures">
              {progress.failures.map((f) => (
                <li key={f.address}>
                  {f.address}: <span class="muted">{f.error}</span>
                </li>
              ))}
              {progress.failed > progress.failures.length && (
                <li class="muted">…and {(progress.failed - progress.failures.length).toLocaleString('en')} more</li>
              )}
            </ul>
          )}
        </>
      ) : (
        <>
          <ProgressBar label="Sending" done={done} total={progress?.total ?? total} />
          <p class="muted small">
            You can close this window: the server goes on sending, and logs each message on its contact and company.
          </p>
        </>
      )}
      {error && <p class="error">{error}</p>}
      <div class="actions">
        <button type="button" class={finished ? undefined : 'secondary'} data-testid="mail-close" onClick={onClose}>
          {finished ? 'Done' : 'Close'}
        </button>
      </div>
    </div>
  );
}
