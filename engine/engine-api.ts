/**
 * The engine's API as the page calls it: one World, changed only through command lines (architecture
 * idea 1). Everything crossing it is plain structured-cloneable data. `engine/worker.ts` serves it in
 * the page's Web Worker; the build runs it in Node for the page's opening snapshot.
 */
import { parseDockerVersion } from "./docker/docker-world";
import { formatStep, isDockerLine } from "./docker/expand";
import { profileDiff, type ProfileDiff } from "./docker/profile-diff";
import { daemonOf } from "./docker/state";
import { createWorld, parseWorldName, type WorldName } from "./scenario/worlds";
import { createShellState, runLine, type CommandResult, type ShellState } from "./shell";
import { complete, type Completion } from "./shell/complete";
import type { Tour, TourApi } from "./tour/service";
import type { TraceEvent } from "./trace/events";
import { captureAll, viewOf, viewSender, type CaptureLine, type NumberedView, type ViewUpdate } from "./view";
import type { World } from "./world";

/** The article's host on its LAN with dockerd (Docker 29) running: what the playground opens on. */
const DEFAULT_WORLD: WorldName = "docker";
const HOST = "host";

/**
 * Trace events per message. Reading a message costs the page's main thread time in proportion to its
 * objects: a 10,000-rule walk is ~20,000 events, hundreds of ms in one message, a few ms in each part.
 */
export const TRACE_PART = 1000;

/** A command's trace as the app first gets it: how many events, and the first TRACE_PART of them. */
export interface TraceHead {
  readonly length: number;
  readonly events: readonly TraceEvent[];
}

/** A command's result, with what a `tcpdump -n` on every device would have printed meanwhile. */
export interface ExecResult extends Omit<CommandResult, "trace"> {
  readonly capture: readonly CaptureLine[];
  /** The steps of every packet the line sent; the rest of them from `traceSlice`. */
  readonly trace?: TraceHead;
  /** On a Docker line: the host commands it ran, in order, as `netplay expand` prints them. */
  readonly dockerd?: readonly string[];
}

export interface EngineApi extends TourApi {
  /**
   * Runs one playground command line in `netns` (the host namespace when omitted). The result's
   * `trace` begins the steps of every packet the line sent, for the player to replay.
   */
  exec(line: string, netns?: string): Promise<ExecResult>;
  /** Events `start` to `end` (exclusive) of the last traced exec's trace, at most TRACE_PART. */
  traceSlice(start: number, end: number): Promise<readonly TraceEvent[]>;
  /** Throws the current world away and starts again from the named preset (`docker` when omitted). */
  reset(world?: string): Promise<void>;
  /** A snapshot of the world to draw: namespaces, devices, routes, rules, conntrack; numbered. */
  view(): Promise<NumberedView>;
  /** The snapshot as a patch on the one numbered `known` when that was the last one sent, else whole. */
  viewSince(known: number): Promise<ViewUpdate>;
  /** `netplay lab`'s bash script for `script` on the named preset, or why the lab cannot build it. */
  lab(script: string, world: string): Promise<string | { readonly error: string }>;
  /**
   * `netplay diff --world WORLD --docker A --docker B`: the rules `script` leaves under each Docker,
   * table by table, or why it cannot run. Built on fresh worlds: the playground's world is untouched.
   */
  profileDiff(
    script: string,
    world: string,
    a: string,
    b: string,
  ): Promise<ProfileDiff | { readonly error: string }>;
  /** What Tab completes at `cursor` in a line typed in the terminal of `netns`. */
  complete(line: string, cursor: number, netns: string): Promise<Completion>;
}

/** A fresh engine on the default world, with its own shells, trace and view numbering. */
export function createEngineApi(): EngineApi {
  /**
   * Built on first use: the page's opening resets to its scenario's preset first thing, and building
   * the world at load as well would only delay the opening.
   */
  let built: World | undefined;
  const world = (): World => (built ??= createWorld(DEFAULT_WORLD));
  /** One shell per namespace terminal, so variables and `$?` carry from line to line as in bash. */
  let shells = new Map<string, ShellState>();
  /** The last traced exec's events, kept until the next one for the player to fetch part by part. */
  let lastTrace: readonly TraceEvent[] = [];
  /** The views sent to the page, numbered, the last one kept to send only what changes after it. */
  const sendView = viewSender();
  /**
   * The guided tour: it watches every command to tell which of a lesson's tasks are done. Loaded when
   * first asked for (a lesson starts only after that), so the opening does not wait for its lessons.
   */
  let tour: Tour | undefined;
  let tourLoading: Promise<Tour> | undefined;

  async function tourApi(): Promise<TourApi> {
    tourLoading ??= import("./tour/service").then(({ createTour }) => (tour = createTour({ world })));
    return (await tourLoading).api;
  }

  function shellFor(netns: string): ShellState {
    let shell = shells.get(netns);
    if (!shell) shells.set(netns, (shell = createShellState()));
    return shell;
  }

  return {
    tourLessons: async () => (await tourApi()).tourLessons(),
    tourStart: async (id) => (await tourApi()).tourStart(id),
    tourStatus: async () => (await tourApi()).tourStatus(),
    tourGrade: async () => (await tourApi()).tourGrade(),
    async exec(line, netns = HOST) {
      const capture = captureAll(world());
      const stepsBefore = isDockerLine(line) ? daemonOf(world()).steps.length : undefined;
      const result = runLine(world(), line, netns, shellFor(netns), true);
      const { trace, ...rest } = result;
      tour?.observe({ line, netns }, trace ?? []);
      const dockerd =
        stepsBefore === undefined
          ? {}
          : { dockerd: daemonOf(world()).steps.slice(stepsBefore).map(formatStep) };
      const ran = { ...rest, capture: capture.stop(), ...dockerd };
      if (!trace || trace.length === 0) return ran;
      lastTrace = trace;
      return { ...ran, trace: { length: trace.length, events: trace.slice(0, TRACE_PART) } };
    },
    async traceSlice(start, end) {
      return lastTrace.slice(start, Math.min(end, start + TRACE_PART));
    },
    async reset(name = DEFAULT_WORLD) {
      const preset = parseWorldName(name);
      if (typeof preset !== "string") throw new Error(preset.error);
      built = createWorld(preset);
      shells = new Map();
      lastTrace = [];
      tour?.reset(preset);
    },
    async view() {
      return sendView.whole(viewOf(world()));
    },
    async viewSince(known) {
      return sendView.since(viewOf(world()), known);
    },
    async profileDiff(script, name, a, b) {
      const profileA = parseDockerVersion(a);
      if (typeof profileA !== "string") return profileA;
      const profileB = parseDockerVersion(b);
      if (typeof profileB !== "string") return profileB;
      return profileDiff(name, [profileA, profileB], script);
    },
    async complete(line, cursor, netns) {
      return complete(viewOf(world()), line, cursor, netns);
    },
    async lab(script, name) {
      const preset = parseWorldName(name);
      if (typeof preset !== "string") return preset;
      // Only a share's "copy lab script" asks for it.
      const { labScript } = await import("./lab/lab-script");
      return labScript(script, { world: preset, source: "the playground" });
    },
  };
}
