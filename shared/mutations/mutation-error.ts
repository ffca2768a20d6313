import type { RejectReason } from '../sync/protocol';

/** A mutation that cannot apply; the reason (and the field, when one is to blame) reach the client. */
export class MutationError extends Error {
  constructor(
    readonly reason: RejectReason,
    message: string,
    readonly field?: string,
  ) {
    super(field ? `${field}: ${message}` : message);
    this.name = 'MutationError';
  }
}
