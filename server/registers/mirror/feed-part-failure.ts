import { inEnglish, type ErrorText } from '../../../shared/mutations/error-text';

/**
 * One file of a feed that failed while the others went on ("SCB: …"): its wording keeps the
 * cause's own key and values when it has them, so a stored failure can be read in any language.
 */
export class FeedPartFailure extends Error {
  readonly wording: ErrorText;

  constructor(register: string, cause: unknown) {
    const inner = (cause as { wording?: unknown } | null)?.wording;
    const reason =
      typeof inner === 'object' && inner !== null && 'key' in inner
        ? (inner as ErrorText)
        : cause instanceof Error
          ? cause.message
          : String(cause);
    const wording: ErrorText = { key: 'errors.registers.partFailed', values: { register, reason } };
    super(inEnglish(wording), { cause });
    this.name = 'FeedPartFailure';
    this.wording = wording;
  }
}
