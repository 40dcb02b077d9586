import { parameterProblem } from "../../iptables/errors";
import type { TargetModule } from "../extension";
import type { Hook } from "../hooks";
import type { RejectWith as Answer } from "../xt-context";
import { mayReset, mayUnreach } from "./reject-checks";

/** The replies REJECT can send, in enum ipt_reject_with order (the order names are tried in). */
const REJECT_TYPES = [
  ["icmp-net-unreachable", "net-unreach"],
  ["icmp-host-unreachable", "host-unreach"],
  ["icmp-proto-unreachable", "proto-unreach"],
  ["icmp-port-unreachable", "port-unreach"],
  ["icmp-net-prohibited", "net-prohib"],
  ["icmp-host-prohibited", "host-prohib"],
  ["tcp-reset", "tcp-rst"],
  ["icmp-admin-prohibited", "admin-prohib"],
] as const;

export type RejectWith = (typeof REJECT_TYPES)[number][0];

export interface RejectTarget {
  with: RejectWith;
  /** Whether the rule is limited to TCP (`-p tcp`, not inverted): the kernel wants that for tcp-reset. */
  tcpOnly: boolean;
}

const TCP = 6;

/** What reject_tg sends for each type: ICMP destination-unreachable codes, or a reset. */
const ANSWERS: Readonly<Record<RejectWith, Answer>> = {
  "icmp-net-unreachable": { kind: "icmp", code: 0 },
  "icmp-host-unreachable": { kind: "icmp", code: 1 },
  "icmp-proto-unreachable": { kind: "icmp", code: 2 },
  "icmp-port-unreachable": { kind: "icmp", code: 3 },
  "icmp-net-prohibited": { kind: "icmp", code: 9 },
  "icmp-host-prohibited": { kind: "icmp", code: 10 },
  "tcp-reset": { kind: "tcp-reset" },
  "icmp-admin-prohibited": { kind: "icmp", code: 13 },
};
const FILTER_HOOKS: readonly Hook[] = ["INPUT", "FORWARD", "OUTPUT"];

/** REJECT_parse: a case-insensitive prefix of a name or of its alias; "" picks the first. */
function rejectType(arg: string, warn: (text: string) => void): RejectWith {
  const prefix = arg.toLowerCase();
  const found = REJECT_TYPES.find(([name, alias]) => name.startsWith(prefix) || alias.startsWith(prefix));
  if (found) return found[0];
  // Kernels dropped the echo-reply answer long ago; iptables still names it before refusing.
  if ("echo-reply".startsWith(prefix)) warn("--reject-with echo-reply no longer supported\n");
  throw parameterProblem(`unknown reject type "${arg}"`);
}

/** libipt_REJECT: drop the packet and answer with an ICMP error or a TCP reset. */
export const reject: TargetModule<RejectTarget> = {
  kind: "target",
  name: "REJECT",
  table: "filter",
  options: [{ name: "reject-with", arg: "required" }],
  init: () => ({ module: reject, with: "icmp-port-unreachable", tcpOnly: false }),
  parse(t, _option, arg, _invert, ctx) {
    t.with = rejectType(arg!, ctx.warn);
  },
  final(t, ctx) {
    t.tcpOnly = ctx.proto === TCP && !ctx.protoInverted;
  },
  save: (t) => ` --reject-with ${t.with}`,
  list: (t) => ` reject-with ${t.with}`,
  // reject_tg_reg.hooks: the filter table's hooks only.
  hooks: () => FILTER_HOOKS,
  // The kernel's reject_tg_check: a TCP reset only for rules that match TCP alone.
  refusal: (t) => (t.with === "tcp-reset" && !t.tcpOnly ? "Invalid argument" : undefined),
  /** reject_tg: answers when nf_reject allows it, and drops the packet either way. */
  fire(t, packet, ctx) {
    const answer = ANSWERS[t.with];
    const allowed = answer.kind === "tcp-reset" ? mayReset(ctx.netns, packet) : mayUnreach(ctx.netns, packet);
    if (allowed) ctx.reply(packet, answer);
    return "DROP";
  },
};
