/**
 * A scenario document: everything needed to rebuild what a reader sees — the world preset (and so the
 * Docker version), the command lines in order with the namespace each ran in, where the reader dragged
 * the canvas's nodes, and the packet step being shown. The world itself is never stored: replaying the
 * commands on a fresh preset rebuilds it, since the engine is deterministic.
 *
 * Plain data and valibot only, so the app, the worker and the CLI all read the same format.
 */
import * as v from "valibot";
import { scenarioErrors, type ScenarioError, type ScenarioSource } from "./document-errors";
import type { WorldName } from "./worlds";

export const SCENARIO_VERSION = 1;

/** The most commands a scenario may replay: a few minutes of replay at worst. */
export const MAX_COMMANDS = 1000;
/** The longest command line, heredoc body included (a compose file or a rule dump). */
export const MAX_LINE_CHARS = 65_536;
/** The most canvas nodes a layout may place. */
export const MAX_LAYOUT_NODES = 1000;

/**
 * The presets a document may name. Listed here rather than read from worlds.ts, which builds worlds
 * and would pull the whole engine into whoever only reads documents; the check below keeps the two in step.
 */
const WORLD_NAMES = [
  "empty",
  "bare",
  "docker",
  "docker-28",
  "docker-20.10",
] as const satisfies readonly WorldName[];
type Unlisted = Exclude<WorldName, (typeof WORLD_NAMES)[number]>;
const everyWorldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyWorldListed;

/** A namespace as `ip netns add` and Docker name them: no slash, no white space. */
const NETNS = /^[A-Za-z0-9_.-]{1,64}$/;
/** A canvas node id (`ns:web`, `if:host/eth0`). */
const NODE_ID = /^[\x21-\x7e]{1,160}$/;
const COORDINATE = v.pipe(v.number(), v.finite(), v.minValue(-1e6), v.maxValue(1e6));
const INDEX = v.pipe(v.number(), v.integer(), v.minValue(0));

const CommandV1 = v.strictObject({
  netns: v.pipe(v.string(), v.regex(NETNS, "not a namespace name")),
  line: v.pipe(
    v.string(),
    v.maxLength(MAX_LINE_CHARS, (issue) => `${issue.received} characters long, at most ${MAX_LINE_CHARS}`),
  ),
});

const DocumentV1 = v.pipe(
  v.strictObject({
    version: v.literal(1),
    world: v.picklist(WORLD_NAMES, "not a world the playground has"),
    commands: v.pipe(
      v.array(CommandV1),
      v.maxLength(MAX_COMMANDS, (issue) => `${issue.received} commands, at most ${MAX_COMMANDS}`),
    ),
    layout: v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(NODE_ID, "not a node id")),
        v.strictObject({ x: COORDINATE, y: COORDINATE }),
      ),
      v.check(
        (layout) => Object.keys(layout).length <= MAX_LAYOUT_NODES,
        `more than ${MAX_LAYOUT_NODES} nodes`,
      ),
    ),
    /** The packet shown: the command that sent it, its index among that command's packets, the step into its walk. */
    selection: v.optional(v.strictObject({ command: INDEX, packet: INDEX, step: INDEX })),
  }),
  v.forward(
    v.partialCheck(
      [["selection", "command"], ["commands"]],
      (doc) => doc.selection === undefined || doc.selection.command < doc.commands.length,
      "names a command the scenario does not have",
    ),
    ["selection", "command"],
  ),
);

export type ScenarioDocument = v.InferOutput<typeof DocumentV1>;
export type ScenarioCommand = ScenarioDocument["commands"][number];
export type ScenarioSelection = NonNullable<ScenarioDocument["selection"]>;
export type { ScenarioError, ScenarioSource } from "./document-errors";

/** The first issue, with where it is in the document (`commands.3.line`). */
function refusal(source: ScenarioSource, issues: readonly v.BaseIssue<unknown>[]): ScenarioError {
  const issue = issues[0]!;
  // A strict object reports a stray key as "Expected never"; the reader needs to hear what it is.
  const why = issue.expected === "never" ? "a field scenarios do not have" : issue.message;
  return scenarioErrors.invalid(source, v.getDotPath(issue) ?? "document", why);
}

/**
 * How to read each version the playground has ever written into a current document. A new version
 * adds its schema here and turns the previous entry into a migration: validate the old shape, then
 * upgrade it.
 */
const MIGRATIONS: Readonly<
  Record<number, (raw: unknown, source: ScenarioSource) => ScenarioDocument | ScenarioError>
> = {
  1: (raw, source) => {
    const parsed = v.safeParse(DocumentV1, raw);
    return parsed.success ? parsed.output : refusal(source, parsed.issues);
  },
};

/** Validates parsed JSON strictly, through the migration of its version. */
export function readDocument(raw: unknown, source: ScenarioSource): ScenarioDocument | ScenarioError {
  const version = typeof raw === "object" && raw !== null && "version" in raw ? raw.version : undefined;
  if (version === undefined) return scenarioErrors.noVersion(source);
  if (typeof version === "number" && Number.isInteger(version) && version > SCENARIO_VERSION)
    return scenarioErrors.newerVersion(source, version, SCENARIO_VERSION);
  const migrate = typeof version === "number" ? MIGRATIONS[version] : undefined;
  if (!migrate) return scenarioErrors.unknownVersion(source, version);
  return migrate(raw, source);
}

export const isScenarioError = (value: ScenarioDocument | ScenarioError): value is ScenarioError =>
  "error" in value;
