/**
 * Runs `job` once the page has painted a frame and the main thread is idle (or after `IDLE_WAIT_MS`
 * at most): work the first screen does not need waits behind it.
 */
const IDLE_WAIT_MS = 500;

export function afterFirstPaint(job: () => void): void {
  // A task queued from a frame callback runs after that frame is painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ("requestIdleCallback" in window) requestIdleCallback(job, { timeout: IDLE_WAIT_MS });
      else job();
    }),
  );
}
