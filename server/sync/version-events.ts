type Listener = (version: number) => void;

/**
 * Tells this process's /sync/events subscribers that a workspace's version moved. A second
 * server process does not hear it: its clients still catch up through their polling alarm.
 */
export class VersionEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(workspaceId: string, listener: Listener): () => void {
    const set = this.listeners.get(workspaceId) ?? new Set();
    set.add(listener);
    this.listeners.set(workspaceId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workspaceId);
    };
  }

  publish(workspaceId: string, version: number) {
    for (const listener of this.listeners.get(workspaceId) ?? []) listener(version);
  }
}
