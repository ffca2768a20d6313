import type { RejectReason } from '../sync/protocol';

/** A mutation that cannot apply; the reason travels to the client in the push result. */
export class MutationError extends Error {
  constructor(
    readonly reason: RejectReason,
    message: string,
  ) {
    super(message);
    this.name = 'MutationError';
  }
}
