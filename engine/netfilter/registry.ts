import type { MatchModule, TargetModule } from "./extension";
import { comment } from "./matches/comment";
import { connmark } from "./matches/connmark";
import { conntrack } from "./matches/conntrack";
import { mark } from "./matches/mark";
import { state } from "./matches/state";
import { tcp } from "./matches/tcp";
import { udp } from "./matches/udp";
import { icmp } from "./matches/icmp";
import { multiport } from "./matches/multiport";
import { iprange } from "./matches/iprange";
import { addrtype } from "./matches/addrtype";
import { statistic } from "./matches/statistic";
import { connmarkTarget } from "./targets/connmark";
import { ct } from "./targets/ct";
import { log } from "./targets/log";
import { markTarget } from "./targets/mark";
import { notrack } from "./targets/notrack";
import { reject } from "./targets/reject";
import { trace } from "./targets/trace";
import { dnat } from "./targets/dnat";
import { masquerade } from "./targets/masquerade";
import { redirect } from "./targets/redirect";
import { snat } from "./targets/snat";

/** Erases a module's data type for the registry; each module checks its own data. */
const byName = <M extends { name: string }>(modules: readonly M[]) =>
  new Map(modules.map((m) => [m.name, m]));

/** Every match module the playground models, by the name `-m` loads it with. */
export const MATCHES: ReadonlyMap<string, MatchModule> = byName([
  tcp,
  udp,
  icmp,
  multiport,
  iprange,
  addrtype,
  statistic,
  comment,
  conntrack,
  state,
  mark,
  connmark,
] as unknown as MatchModule[]);

/** Every target module (besides the standard verdicts and chain jumps), by its `-j` name. */
export const TARGETS: ReadonlyMap<string, TargetModule> = byName([
  masquerade,
  snat,
  dnat,
  redirect,
  reject,
  log,
  markTarget,
  connmarkTarget,
  notrack,
  ct,
  trace,
] as unknown as TargetModule[]);
