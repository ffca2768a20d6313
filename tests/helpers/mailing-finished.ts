import type { MailingProgress } from '../../shared/mail/mailing-responses';
import type { ApiCall } from './test-app';

/** Polls a mailing's progress until it has finished (reporting each reading), or fails after 50 s. */
export async function finished(
  call: ApiCall,
  id: string,
  onProgress?: (p: MailingProgress) => void,
  everyMs = 25,
): Promise<MailingProgress> {
  const deadline = Date.now() + 50_000;
  while (Date.now() < deadline) {
    const progress = (await call('GET', `/api/mailings/${id}`)).body as MailingProgress;
    onProgress?.(progress);
    if (progress.finished) return progress;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`mailing ${id} did not finish`);
}
