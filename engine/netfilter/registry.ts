import type { MatchModule, TargetModule } from "./extension";
import { comment } from "./matches/comment";
import { tcp } from "./matches/tcp";
import { dnat } from "./targets/dnat";
import { masquerade } from "./targets/masquerade";
import { redirect } from "./targets/redirect";
import { snat } from "./targets/snat";

/** Erases a module's data type for the registry; each module checks its own data. */
const byName = <M extends { name: string }>(modules: readonly M[]) => new Map(modules.map((m) => [m.name, m]));

/** Every match module the playground models, by the name `-m` loads it with. */
export const MATCHES: ReadonlyMap<string, MatchModule> = byName([tcp, comment] as unknown as MatchModule[]);

/** Every target module (besides the standard verdicts and chain jumps), by its `-j` name. */
export const TARGETS: ReadonlyMap<string, TargetModule> = byName([masquerade, snat, dnat, redirect] as unknown as TargetModule[]);
