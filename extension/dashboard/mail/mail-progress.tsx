import { useEffect, useState } from 'preact/hooks';
import type { MailingProgress } from '../../../shared/mail/mailing-responses';
import { mailingsApi } from '../../../shared/api/mailings.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ProgressBar } from '../ui/progress-bar';

type MailProgressProps = { api: ApiClient; id: string; total: number; onClose: () => void };

const POLL_MS = 500;
const RETRY_MS = 2000;

/** Follows a mailing the server is sending until it finishes, then says what went and what failed. */
export function MailProgress({ api, id, total, onClose }: MailProgressProps) {
  const { t, f } = useI18n();
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
        setError((err as Error).message);
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
            {t('mail.progress.sent', { sent: f.integer(progress.sent), count: progress.total })}
            {progress.failed > 0 && ` ${t('mail.progress.failed', { count: progress.failed })}`}
          </p>
          {progress.failures.length > 0 && (
            <ul class="mail-failures" data-testid="mail-failures">
              {progress.failures.map((f) => (
                <li key={f.address}>
                  {f.address}: <span class="muted">{f.error}</span>
                </li>
              ))}
              {progress.failed > progress.failures.length && (
                <li class="muted">{t('mail.progress.more', { more: f.integer(progress.failed - progress.failures.length) })}</li>
              )}
            </ul>
          )}
        </>
      ) : (
        <>
          <ProgressBar label={t('mail.progress.sending')} done={done} total={progress?.total ?? total} />
          <p class="muted small">{t('mail.progress.closeHint')}</p>
        </>
      )}
      {error && <p class="error">{t('mail.progress.readFailed', { error })}</p>}
      <div class="actions">
        <button type="button" class={finished ? undefined : 'secondary'} data-testid="mail-close" onClick={onClose}>
          {finished ? t('mail.progress.done') : t('common.close')}
        </button>
      </div>
    </div>
  );
}
