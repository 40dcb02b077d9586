import { parameterProblem } from "../../iptables/errors";
import { hex } from "../../iptables/numbers";
import type { TargetModule } from "../extension";
import { operationText } from "./mark";
import { bit, checkExclusions, optionId, optionSpecs, type XtOption } from "./xt-exclusions";
import { connOf } from "../matches/ct-state";
import { parseMarkMask } from "../matches/mark-mask";
import { parseUint, UINT32_MAX } from "./xt-number";

/**
 * xt_connmark_tginfo2. "set": ctmark = (ctmark & ~ctmask) ^ ctmark-value; "save": ctmark takes the
 * packet mark's nfmask bits; "restore": the packet mark takes the ctmark's ctmask bits; either copy
 * shifted by `shift` bits first.
 */
export interface ConnmarkTarget {
  mode: "set" | "save" | "restore";
  ctmark: number;
  ctmask: number;
  nfmask: number;
  shift: { direction: "left" | "right"; bits: number };
  /** The option ids given, for libxtables' final checks. */
  given: number;
}

const ID = {
  setMark: 0,
  saveMark: 1,
  restoreMark: 2,
  andMark: 3,
  orMark: 4,
  xorMark: 5,
  leftShift: 6,
  rightShift: 7,
  setXmark: 8,
  ctmask: 9,
  nfmask: 10,
  mask: 11,
};
const OPERATIONS = [
  ID.setMark,
  ID.saveMark,
  ID.restoreMark,
  ID.andMark,
  ID.orMark,
  ID.xorMark,
  ID.setXmark,
].reduce((all, id) => all | bit(id), 0);

/** connmark_tg_opts_v2, in table order: that order decides which conflict is reported. */
const OPTIONS: readonly XtOption[] = [
  { name: "set-xmark", id: ID.setXmark, arg: "required", excl: OPERATIONS },
  { name: "set-mark", id: ID.setMark, arg: "required", excl: OPERATIONS },
  { name: "and-mark", id: ID.andMark, arg: "required", excl: OPERATIONS },
  { name: "or-mark", id: ID.orMark, arg: "required", excl: OPERATIONS },
  { name: "xor-mark", id: ID.xorMark, arg: "required", excl: OPERATIONS },
  { name: "save-mark", id: ID.saveMark, arg: "none", excl: OPERATIONS },
  { name: "restore-mark", id: ID.restoreMark, arg: "none", excl: OPERATIONS },
  { name: "left-shift-mark", id: ID.leftShift, arg: "required" },
  { name: "right-shift-mark", id: ID.rightShift, arg: "required" },
  { name: "ctmask", id: ID.ctmask, arg: "required", excl: bit(ID.mask) },
  { name: "nfmask", id: ID.nfmask, arg: "required", excl: bit(ID.mask) },
  { name: "mask", id: ID.mask, arg: "required", excl: bit(ID.ctmask) | bit(ID.nfmask) },
];

const u32 = (n: number) => n >>> 0;
/** The kernel (connmark_tg_check) refuses shifts of a whole 32-bit mark or more. */
const MAX_SHIFT = 31;

function setMark(t: ConnmarkTarget, ctmark: number, ctmask: number) {
  t.mode = "set";
  t.ctmark = ctmark;
  t.ctmask = u32(ctmask);
}

/**
 * libxt_CONNMARK (revision 2). Options apply in command-line order, as in connmark_tg_parse_v2:
 * `--set-mark 1 --mask 1` is an "or", `--mask 1 --set-mark 1` a "set".
 */
export const connmarkTarget: TargetModule<ConnmarkTarget> = {
  kind: "target",
  usesConntrack: () => true,
  name: "CONNMARK",
  options: optionSpecs(OPTIONS),
  init: () => ({
    module: connmarkTarget,
    mode: "set",
    ctmark: 0,
    ctmask: UINT32_MAX,
    nfmask: UINT32_MAX,
    shift: { direction: "left", bits: 0 },
    given: 0,
  }),
  parse(t, option, arg) {
    t.given |= bit(optionId(OPTIONS, option));
    const uint = (max?: number) => parseUint("CONNMARK", option, arg!, max);
    switch (option) {
      case "set-xmark": {
        const { mark, mask } = parseMarkMask("CONNMARK", option, arg!);
        return setMark(t, mark, mask);
      }
      case "set-mark": {
        const { mark, mask } = parseMarkMask("CONNMARK", option, arg!);
        return setMark(t, mark, mark | mask);
      }
      case "and-mark":
        return setMark(t, 0, ~uint());
      case "or-mark": {
        const bits = uint();
        return setMark(t, bits, bits);
      }
      case "xor-mark":
        return setMark(t, uint(), 0);
      case "save-mark":
        t.mode = "save";
        return;
      case "restore-mark":
        t.mode = "restore";
        return;
      case "left-shift-mark":
      case "right-shift-mark":
        t.shift = { direction: option === "left-shift-mark" ? "left" : "right", bits: uint(32) };
        return;
      case "ctmask":
        t.ctmask = uint();
        return;
      case "nfmask":
        t.nfmask = uint();
        return;
      case "mask":
        t.ctmask = t.nfmask = uint();
        return;
    }
  },
  final(t) {
    if (!(t.given & OPERATIONS)) throw parameterProblem("CONNMARK target: No operation specified");
    checkExclusions("CONNMARK", OPTIONS, t.given);
  },
  save(t) {
    const shift = t.shift.bits ? ` --${t.shift.direction}-shift-mark ${t.shift.bits}` : "";
    if (t.mode === "set") return ` --set-xmark ${hex(t.ctmark)}/${hex(t.ctmask)}${shift}`;
    return ` --${t.mode}-mark --nfmask ${hex(t.nfmask)} --ctmask ${hex(t.ctmask)}${shift}`;
  },
  list(t) {
    const shift = t.shift.bits ? ` ${t.shift.direction}-shift-mark ${t.shift.bits}` : "";
    return ` CONNMARK ${modeText(t)}${shift}`;
  },
  refusal: (t) => (t.shift.bits > MAX_SHIFT ? "Invalid argument" : undefined),
  /**
   * connmark_tg_shift: nothing without a connection. "set" shifts the whole new ctmark (as the
   * kernel does), "save" and "restore" shift only the bits they copy.
   */
  fire(t, packet) {
    const ct = connOf(packet);
    if (!ct) return "CONTINUE";
    if (t.mode === "set") ct.mark = shifted(t, u32((ct.mark & ~t.ctmask) ^ t.ctmark));
    else if (t.mode === "save") ct.mark = u32((ct.mark & ~t.ctmask) ^ shifted(t, packet.mark & t.nfmask));
    else packet.mark = u32((packet.mark & ~t.nfmask) ^ shifted(t, ct.mark & t.ctmask));
    return "CONTINUE";
  },
};

/** connmark_tg_shift's shift, unsigned 32-bit as the kernel's u32. */
const shifted = (t: ConnmarkTarget, mark: number) =>
  t.shift.direction === "right" ? mark >>> t.shift.bits : u32(mark << t.shift.bits);

/** connmark_tg_print_v2; the "~" before the second mask is printed as iptables does, though no mask is inverted. */
function modeText(t: ConnmarkTarget): string {
  if (t.mode === "set") return operationText(t.ctmark, t.ctmask);
  // "save" copies nfmark bits into the ctmark, "restore" the other way: each names its source mask first.
  const [first, firstName, second, secondName] =
    t.mode === "save" ? [t.nfmask, "nfmask", t.ctmask, "ctmask"] : [t.ctmask, "ctmask", t.nfmask, "nfmask"];
  if (t.ctmask === UINT32_MAX && t.nfmask === UINT32_MAX) return t.mode;
  if (t.ctmask === t.nfmask) return `${t.mode} mask ${hex(t.ctmask)}`;
  return `${t.mode} ${firstName} ${hex(first)} ${secondName} ~${hex(second)}`;
}
