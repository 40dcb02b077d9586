import { parameterProblem } from "../../iptables/errors";
import type { Refusal, TargetModule } from "../extension";
import type { XtVerdict } from "../xt-context";
import type { Packet } from "../../stack/packet";
import { ZONE_DIR, type CtTemplate } from "../../conntrack/conn";
import { helperExists } from "./conntrack-helpers";
import { wholeNumber } from "./xt-number";

/** Conntrack events (IPCT_*) by bit, in the order iptables prints them. */
const CT_EVENTS = [
  "new",
  "related",
  "destroy",
  "reply",
  "assured",
  "protoinfo",
  "helper",
  "mark",
  "natseqinfo",
  "secmark",
];
/** Expectation events (IPEXP_*). */
const EXP_EVENTS = ["new"];

/** xt_ct_target_info_v1: what a CT rule sets up for the connection of the packets it sees. */
export interface CtTarget {
  notrack: boolean;
  /** "" for none. */
  helper: string;
  /** A timeout policy name (nfct timeout objects); "" for none. */
  timeout: string;
  /** Bit masks over CT_EVENTS and EXP_EVENTS: the events reported; 0 leaves the default. */
  ctEvents: number;
  expEvents: number;
  zone: number;
  /** The zone comes from the packet mark instead of `zone`. */
  zoneFromMark: boolean;
  /** XT_CT_ZONE_DIR_ORIG / _REPL: both or neither mean both directions. */
  zoneOrig: boolean;
  zoneReply: boolean;
  /** The rule's `-p` protocol, 0 when none or inverted (xt_ct_find_proto): helpers need one. */
  l4proto: number;
  /** NOTRACK, which iptables loads as CT with XT_CT_NOTRACK_ALIAS. */
  alias: boolean;
  /** The template xt_ct_tg_check allocates, once the rule is complete; none for --notrack. */
  template?: CtTemplate;
}

/** The string fields of xt_ct_target_info_v1 with their NUL: longer names are cut silently. */
const HELPER_SIZE = 16;
const TIMEOUT_SIZE = 32;
/**
 * The kernel copies back only the first 32 bytes of the v1 struct (its usersize is that of v0), so
 * listings show just the first 4 bytes of a timeout name.
 */
const TIMEOUT_SHOWN = 4;

/**
 * xt_ct_target: a packet that already has conntrack state (looped back, or an earlier CT or NOTRACK
 * rule's) is left alone; --notrack makes it untracked, anything else attaches the rule's template,
 * whose zone conntrack then looks the packet up in. Helpers, timeouts and events are not modelled.
 */
export function fireCt(t: CtTarget, packet: Packet): XtVerdict {
  if (packet.ct || packet.untracked || packet.ctTemplate) return "CONTINUE";
  if (t.notrack) packet.untracked = true;
  else packet.ctTemplate = t.template;
  return "CONTINUE";
}

/** xt_ct_flags_to_dir: --zone-orig or --zone-reply alone make the zone one-directional. */
function zoneDir(t: CtTarget): number {
  if (t.zoneOrig === t.zoneReply) return ZONE_DIR.BOTH;
  return t.zoneOrig ? ZONE_DIR.ORIG : ZONE_DIR.REPL;
}

/** CT's data, or that of NOTRACK (which is CT with --notrack) for `module`. */
export const initCt = (module: TargetModule<CtTarget>, notrack: boolean) => ({
  module,
  notrack,
  helper: "",
  timeout: "",
  ctEvents: 0,
  expEvents: 0,
  zone: 0,
  zoneFromMark: false,
  zoneOrig: false,
  zoneReply: false,
  l4proto: 0,
  alias: notrack,
});

function parseEvents(table: readonly string[], arg: string): number {
  let mask = 0;
  for (const word of arg.split(",")) {
    const bit = table.indexOf(word);
    if (bit < 0) throw parameterProblem(`Unknown event type "${word}"`);
    mask |= 1 << bit;
  }
  return mask;
}

function parseZone(t: CtTarget, option: string, arg: string): void {
  if (option === "zone-orig") t.zoneOrig = true;
  if (option === "zone-reply") t.zoneReply = true;
  t.zone = 0;
  if (arg.toLowerCase() === "mark") {
    t.zoneFromMark = true;
    return;
  }
  const zone = wholeNumber(arg, 0, 0xffff);
  if (zone === undefined) throw parameterProblem(`Cannot parse ${arg} as a zone ID`);
  t.zone = zone;
}

const eventsText = (table: readonly string[], mask: number) =>
  table.filter((_, bit) => mask & (1 << bit)).join(",");

/** The options of a CT rule as -S (dashes "--") or -L (dashes "") words them (ct_save_v1 / ct_print_v1). */
function ctText(t: CtTarget, dashes: string): string {
  let out = t.notrack ? ` ${dashes}notrack` : "";
  if (t.helper) out += ` ${dashes}helper ${t.helper}`;
  if (t.timeout) out += ` ${dashes}timeout ${t.timeout.slice(0, TIMEOUT_SHOWN)}`;
  if (t.ctEvents) out += ` ${dashes}ctevents ${eventsText(CT_EVENTS, t.ctEvents)}`;
  if (t.expEvents) out += ` ${dashes}expevents ${eventsText(EXP_EVENTS, t.expEvents)}`;
  if (t.zoneFromMark || t.zone) {
    const direction = t.zoneOrig === t.zoneReply ? "" : t.zoneOrig ? "-orig" : "-reply";
    out += ` ${dashes}zone${direction} ${t.zoneFromMark ? "mark" : t.zone}`;
  }
  return out;
}

/**
 * xt_ct_tg_check: an untracked connection needs nothing more; a helper needs a protocol it exists
 * for (ENOENT), a timeout policy a protocol (EINVAL) and an nfct timeout object, which the
 * playground never has (ENOENT).
 */
function kernelRefusal(t: CtTarget): Refusal | undefined {
  if (t.notrack) return undefined;
  if (t.helper && !helperExists(t.helper, t.l4proto)) return "No such file or directory";
  if (t.timeout) return t.l4proto ? "No such file or directory" : "Invalid argument";
  return undefined;
}

/** libxt_CT (revision 2): conntrack settings for new connections; raw table only. */
export const ct: TargetModule<CtTarget> = {
  // --notrack leaves conntrack off (xt_ct_tg_check returns before nf_ct_netns_get).
  usesConntrack: (t) => !t.notrack,
  kind: "target",
  name: "CT",
  table: "raw",
  options: [
    { name: "notrack", arg: "none" },
    { name: "helper", arg: "required" },
    { name: "timeout", arg: "required" },
    { name: "ctevents", arg: "required" },
    { name: "expevents", arg: "required" },
    { name: "zone-orig", arg: "required" },
    { name: "zone-reply", arg: "required" },
    { name: "zone", arg: "required" },
  ],
  init: () => initCt(ct, false),
  parse(t, option, arg) {
    switch (option) {
      case "notrack":
        t.notrack = true;
        return;
      case "helper":
        t.helper = arg!.slice(0, HELPER_SIZE - 1);
        return;
      case "timeout":
        t.timeout = arg!.slice(0, TIMEOUT_SIZE - 1);
        return;
      case "ctevents":
        t.ctEvents = parseEvents(CT_EVENTS, arg!);
        return;
      case "expevents":
        t.expEvents = parseEvents(EXP_EVENTS, arg!);
        return;
      default:
        parseZone(t, option, arg!);
    }
  },
  final(t, ctx) {
    t.l4proto = ctx.protoInverted ? 0 : ctx.proto;
    if (!t.notrack) t.template = { zone: { id: t.zone, dir: zoneDir(t) }, zoneFromMark: t.zoneFromMark };
  },
  save: (t) => ctText(t, "--"),
  list: (t) => ` CT${ctText(t, "")}`,
  refusal: kernelRefusal,
  fire: fireCt,
};
