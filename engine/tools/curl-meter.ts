/**
 * curl's progress meter (lib/progress.c), shown on stderr when the body does not go to the terminal.
 * Real speeds are noise; here a transfer that completes takes 10 ms, about what a local one takes.
 */
export const METER_HEAD =
  "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
  "                                 Dload  Upload   Total   Spent    Left  Speed\n";

/** How long a completed transfer takes on the meter, seconds. */
const TRANSFER_S = 0.01;

/** max5data: a count in five columns, with k and M suffixes (1024-based) for large ones. */
function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  const m = 1024 * 1024;
  return `${String(Math.floor(n / m)).padStart(2)}.${Math.floor((n % m) / (m / 10))}M`;
}

/** time2str: "--:--:--" for nothing yet, else hours, minutes and seconds. */
function time2str(seconds: number): string {
  if (seconds === 0) return "--:--:--";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2)}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

const pct = (n: number) => String(n).padStart(3);

/** One update: what is known of the size, what arrived, and whole seconds spent. */
export function meterLine(size: number, received: number, spentS: number): string {
  const percent = size > 0 ? Math.floor((received * 100) / size) : 0;
  const speed = received > 0 ? Math.floor(received / TRANSFER_S) : 0;
  const none = "--:--:--";
  return (
    `\r${pct(percent)} ${max5(size)}  ${pct(percent)} ${max5(received)}  ${pct(0)} ${max5(0)}  ` +
    `${max5(speed)}  ${max5(0)} ${none} ${time2str(spentS)} ${none} ${max5(speed)}`
  );
}

/** The updates after the first: one a second while waiting, the last one as the transfer ends. */
export function meterUpdates(elapsedMs: number, size: number, received: number): string {
  const seconds = Math.floor(elapsedMs / 1000);
  if (seconds === 0) return meterLine(size, received, 0);
  let text = "";
  for (let s = 1; s <= seconds; s++)
    text += meterLine(s === seconds ? size : 0, s === seconds ? received : 0, s);
  return text;
}
