/** Who a stream was opened for: the user, and the session (its token's hash) it authenticated with. */
export type StreamOwner = { userId: string; tokenHash: string };

type OpenStream = StreamOwner & { end: () => void };

/**
 * This process's open `/sync/events` streams, so one user cannot hold more than `perUser` of them
 * and offboarding (deactivate, sign out everywhere, a changed password) can end them at once.
 *
 * Over the cap the oldest stream of that user is ended rather than the new one refused: a stream
 * whose client vanished without closing (a laptop put to sleep, a changed network) lingers until a
 * heartbeat write fails, and refusing would lock out the device the user is at now. An ended
 * client reconnects after its backoff and pulls on its alarm meanwhile, so nothing is missed.
 */
export class EventStreams {
  /** In opening order, oldest first. */
  private readonly open = new Set<OpenStream>();

  constructor(private readonly perUser: number) {}

  /**
   * Registers a stream that `end` stops; returns the function to call once it has ended.
   * Ends this user's oldest streams when the new one takes them over the cap.
   */
  add(owner: StreamOwner, end: () => void): () => void {
    const entry: OpenStream = { ...owner, end };
    this.open.add(entry);
    const mine = this.of((s) => s.userId === owner.userId);
    for (const old of mine.slice(0, Math.max(0, mine.length - this.perUser))) this.stop(old);
    return () => void this.open.delete(entry);
  }

  /** Ends every stream of a user, except those of the session `exceptTokenHash` (the caller's own). Returns how many. */
  endForUser(userId: string, options: { exceptTokenHash?: string } = {}): number {
    const ended = this.of((s) => s.userId === userId && s.tokenHash !== options.exceptTokenHash);
    ended.forEach((s) => this.stop(s));
    return ended.length;
  }

  /** Ends the streams opened with one session, e.g. when that session is signed out. Returns how many. */
  endForSession(tokenHash: string): number {
    const ended = this.of((s) => s.tokenHash === tokenHash);
    ended.forEach((s) => this.stop(s));
    return ended.length;
  }

  countForUser(userId: string): number {
    return this.of((s) => s.userId === userId).length;
  }

  private of(match: (s: OpenStream) => boolean): OpenStream[] {
    return [...this.open].filter(match);
  }

  private stop(entry: OpenStream) {
    this.open.delete(entry);
    entry.end();
  }
}
