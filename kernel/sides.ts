import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labItems } from "../engine/lab/items";
import { labScript } from "../engine/lab/lab-script";
import { createWorld, type WorldName } from "../engine/scenario/worlds";
import { runScript, splitOutput } from "../engine/shell";
import { formatTrace } from "../engine/trace/xtables-monitor";
import { engineRuleHits, kernelRuleHits } from "./trace";

/** What one command line printed and how it ended. */
export interface Step {
  readonly command: string;
  readonly stdout: string;
  readonly stderr: string;
  /** Undefined when the kernel's run ended before this line. */
  readonly status: number | undefined;
}

/** One side's run of a scenario: each line's output, and the rule hits per namespace. */
export interface SideRun {
  readonly steps: readonly Step[];
  readonly ruleHits: ReadonlyMap<string, readonly string[]>;
  /** Why the run could not complete (the lab's own failure, a timeout). */
  readonly failure?: string;
  /** The lines after which a stand-in closed later than the kernel's own ACK (the kernel's run only). */
  readonly lateAcks?: readonly number[];
}

export interface Scenario {
  readonly name: string;
  readonly world: WorldName;
  readonly script: string;
}

/** Scenarios with a TRACE rule get their rule hits compared. */
export const traces = (script: string): boolean => /-j\s+TRACE\b/.test(script);

export function runOnEngine({ world, script }: Scenario): SideRun {
  const results = runScript(createWorld(world), script, { trace: traces(script) });
  const steps = results.map(({ command, output, status }) => ({ command, ...splitOutput(output), status }));
  const trace = results.map((result) => formatTrace(result.trace ?? [])).join("");
  return { steps, ruleHits: traces(script) ? engineRuleHits(trace) : new Map() };
}

/**
 * A lab that has written nothing new for this long is stopped and reported as stuck. A fixed limit
 * on the whole run would not do: a batch of random cases runs hundreds of lines, and on a machine
 * busy with other work a line that takes a tenth of a second can take a second.
 */
const LAB_STALL_MS = 120_000;

/** Runs the scenario's lab script (engine/lab) on this machine's kernel and reads what it recorded. */
export async function runOnKernel(scenario: Scenario): Promise<SideRun> {
  const dir = mkdtempSync(join(tmpdir(), "netplay-kernel-"));
  try {
    const script = labScript(scenario.script, { world: scenario.world, source: scenario.name });
    if (typeof script !== "string") return { steps: [], ruleHits: new Map(), failure: script.error };
    const lab = join(dir, "lab.sh");
    writeFileSync(lab, script);
    const env = {
      ...process.env,
      NETPLAY_LAB_OUT: dir,
      NETPLAY_LAB_TRACE: traces(scenario.script) ? "1" : "",
    };
    const { status, output } = await run("bash", [lab], env, () => readdirSync(dir).length);
    const steps = readSteps(dir, scenario);
    const lateAcks = steps.flatMap((_, i) => (existsSync(join(dir, `${i + 1}.late-ack`)) ? [i + 1] : []));
    const ruleHits = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.startsWith("trace.")))
      ruleHits.set(file.slice("trace.".length), kernelRuleHits(readFileSync(join(dir, file), "utf8")));
    const failure =
      status === "timeout"
        ? `the lab wrote nothing for ${LAB_STALL_MS / 1000} s and was stopped`
        : status === 125
          ? output.trim()
          : undefined;
    return { steps, ruleHits, lateAcks, ...(failure ? { failure } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readSteps(dir: string, scenario: Scenario): Step[] {
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(dir, file), "utf8");
    } catch {
      return undefined;
    }
  };
  return labItems(scenario.script).map(({ text: command }, i) => {
    const status = read(`${i + 1}.status`);
    return {
      command,
      stdout: read(`${i + 1}.out`) ?? "",
      stderr: read(`${i + 1}.err`) ?? "",
      status: status === undefined ? undefined : Number(status),
    };
  });
}

/** Runs the lab, stopping it when `progress` (what it has written) stays the same for LAB_STALL_MS. */
function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  progress: () => number,
): Promise<{ status: number | "timeout"; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    let timedOut = false;
    let seen = progress();
    let lastChange = Date.now();
    const watchdog = setInterval(() => {
      const now = progress();
      if (now !== seen) [seen, lastChange] = [now, Date.now()];
      else if (Date.now() - lastChange > LAB_STALL_MS) {
        timedOut = true;
        child.kill("SIGTERM");
      }
    }, 1000);
    child.on("close", (code) => {
      clearInterval(watchdog);
      resolve({ status: timedOut ? "timeout" : (code ?? -1), output });
    });
  });
}
