/**
 * A background job in the server process: a pass now and every `intervalMs`, never two at once (a
 * slow pass is not overlapped by the next), stopped by the returned function, which also aborts a
 * pass under way (what it stored stays stored). A failing pass goes to `onError`, never further.
 */
export function startPeriodic(
  intervalMs: number,
  pass: (signal: AbortSignal) => Promise<void>,
  onError: (err: unknown) => void | Promise<void>,
): () => void {
  const controller = new AbortController();
  let running = false;
  const run = async () => {
    if (running || controller.signal.aborted) return;
    running = true;
    try {
      await pass(controller.signal);
    } catch (err) {
      if (!controller.signal.aborted) await onError(err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  void run();
  return () => {
    clearInterval(timer);
    controller.abort();
  };
}
