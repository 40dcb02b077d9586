import { lineDiff } from "./diff";
import { fixedPorts, normalise, portRangeProblems } from "./normalise";
import type { SideRun, Step } from "./sides";

/** One way the engine's run differs from the kernel's. */
export interface Disagreement {
  /** The command line (1-based) and its text, or undefined for the whole run (rule hits, a lab failure). */
  readonly step?: number;
  readonly command?: string;
  readonly what: string;
  /** `-` kernel / `+` engine lines, normalised. */
  readonly diff: string;
  /** The line (at or before this one) after which a stand-in closed late: the lab's timing, not the engine. */
  readonly lateAck?: string;
}

function compareStep(n: number, kernel: Step, engine: Step, fixed: ReadonlySet<number>): Disagreement[] {
  const at = { step: n, command: engine.command };
  if (kernel.status === undefined)
    return [{ ...at, what: "the kernel's run stopped before this line", diff: "" }];
  const found: Disagreement[] = [];
  if (kernel.status !== engine.status)
    found.push({ ...at, what: "exit status", diff: `- ${kernel.status}\n+ ${engine.status}` });
  const kernelOut = normalise(kernel, engine.command, fixed);
  const engineOut = normalise(engine, engine.command, fixed);
  for (const stream of ["stdout", "stderr"] as const) {
    const k = kernelOut[stream];
    const e = engineOut[stream];
    if (k.text !== e.text) found.push({ ...at, what: stream, diff: lineDiff(k.text, e.text) });
    else
      for (const problem of portRangeProblems(k.ports, e.ports))
        found.push({ ...at, what: `${stream}: a port out of the kernel's range`, diff: problem });
  }
  return found;
}

/** Everything that differs between the kernel's and the engine's run of one scenario. */
export function compareRuns(script: string, kernel: SideRun, engine: SideRun): Disagreement[] {
  if (kernel.failure) return [{ what: `the lab failed: ${kernel.failure}`, diff: "" }];
  const fixed = fixedPorts(script);
  const found = engine.steps.flatMap((step, i) => compareStep(i + 1, kernel.steps[i]!, step, fixed));
  const namespaces = new Set([...kernel.ruleHits.keys(), ...engine.ruleHits.keys()]);
  for (const netns of [...namespaces].sort()) {
    const k = (kernel.ruleHits.get(netns) ?? []).join("\n");
    const e = (engine.ruleHits.get(netns) ?? []).join("\n");
    if (k !== e)
      found.push({ what: `rule hits in ${netns} (xtables-monitor --trace)`, diff: lineDiff(k, e) });
  }
  const lateAcks = (kernel.lateAcks ?? []).map((line) => ({
    line,
    command: engine.steps[line - 1]!.command,
  }));
  return found.map((d) => withLateAck(d, lateAcks));
}

/**
 * A stand-in that closes after the kernel acked its client's FIN on its own adds a bare ACK the
 * playground's server never sends, counted by every rule it passes in the lines that follow.
 */
function withLateAck(d: Disagreement, lateAcks: readonly { line: number; command: string }[]): Disagreement {
  const before = lateAcks.find(({ line }) => d.step === undefined || line <= d.step);
  return before ? { ...d, lateAck: before.command } : d;
}

/** A disagreement as the suite prints it. */
export function formatDisagreement(name: string, d: Disagreement): string {
  const where = d.step === undefined ? name : `${name}, line ${d.step}: ${d.command}`;
  const diff = d.diff ? `\n${d.diff.replace(/^/gm, "    ")}` : "";
  return `✗ ${where}\n  ${d.what}${d.diff.includes("\n") || d.diff.startsWith("-") ? " (- kernel, + engine)" : ""}${diff}\n`;
}

/** A disagreement that the suite does not count (kernel/confirm.ts): the lab's timing. */
export const formatUnstable = (name: string, d: Disagreement): string =>
  formatDisagreement(name, d)
    .replace(/^✗/, "~")
    .replace(
      /\n/,
      d.lateAck === undefined
        ? " — differed once, not when run again (lab timing)\n"
        : ` — after \`${d.lateAck}\`, a stand-in closed after the kernel's own ACK (lab timing)\n`,
    );
