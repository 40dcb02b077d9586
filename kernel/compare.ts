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
  return found;
}

/** A disagreement as the suite prints it. */
export function formatDisagreement(name: string, d: Disagreement): string {
  const where = d.step === undefined ? name : `${name}, line ${d.step}: ${d.command}`;
  const diff = d.diff ? `\n${d.diff.replace(/^/gm, "    ")}` : "";
  return `✗ ${where}\n  ${d.what}${d.diff.includes("\n") || d.diff.startsWith("-") ? " (- kernel, + engine)" : ""}${diff}\n`;
}

/** A disagreement that did not repeat when the lab ran again (kernel/confirm.ts). */
export const formatUnstable = (name: string, d: Disagreement): string =>
  formatDisagreement(name, d)
    .replace(/^✗/, "~")
    .replace(/\n/, " — differed once, not when run again (lab timing)\n");
