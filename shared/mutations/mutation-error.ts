import type { RejectReason } from '../sync/protocol';

/** A mutation that cannot apply; the reason (and the field, when one is to blame) reach the client. */
export class MutationError extends Error {
  constructor(
    readonly reason: RejectReason,
    /** What is wrong, without the field name. */
    readonly detail: string,
    readonly field?: string,
  ) {
    super(field ? `${field}: ${detail}` : detail);
    this.name = 'MutationError';
  }
}
