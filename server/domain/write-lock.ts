/**
 * Serialises this process's write transactions. SQLite allows one writer; queueing here instead
 * of retrying on SQLITE_BUSY keeps version order equal to commit order, which pull relies on.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
