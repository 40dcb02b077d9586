import { parameterProblem } from "../../iptables/errors";
import { hex } from "../../iptables/numbers";
import type { TargetModule } from "../extension";
import { bit, checkExclusions, optionId, optionSpecs, type XtOption } from "./xt-exclusions";
import { parseMarkMask } from "../matches/mark-mask";
import { parseUint, UINT32_MAX } from "./xt-number";

/** xt_mark_tginfo2: the packet mark becomes (mark & ~mask) ^ value. */
export interface MarkTarget {
  value: number;
  mask: number;
  /** The option ids given, for libxtables' final checks. */
  given: number;
}

const ANY = 0b11111;

/** mark_tg_opts (revision 2), in table order: that order decides which conflict is reported. */
const OPTIONS: readonly XtOption[] = [
  { name: "set-xmark", id: 4, arg: "required", excl: ANY },
  { name: "set-mark", id: 0, arg: "required", excl: ANY },
  { name: "and-mark", id: 1, arg: "required", excl: ANY },
  { name: "or-mark", id: 2, arg: "required", excl: ANY },
  { name: "xor-mark", id: 3, arg: "required", excl: ANY },
];

const u32 = (n: number) => n >>> 0;

/** libxt_MARK (revision 2): every form is stored, and saved, as one xor-with-mask operation. */
export const markTarget: TargetModule<MarkTarget> = {
  kind: "target",
  name: "MARK",
  options: optionSpecs(OPTIONS),
  init: () => ({ module: markTarget, value: 0, mask: 0, given: 0 }),
  parse(t, option, arg) {
    t.given |= bit(optionId(OPTIONS, option));
    switch (option) {
      case "set-xmark": {
        const { mark, mask } = parseMarkMask("MARK", option, arg!);
        [t.value, t.mask] = [mark, mask];
        return;
      }
      case "set-mark": {
        // --set-mark clears only the bits it sets or masks: mask |= value.
        const { mark, mask } = parseMarkMask("MARK", option, arg!);
        [t.value, t.mask] = [mark, u32(mark | mask)];
        return;
      }
      case "and-mark":
        [t.value, t.mask] = [0, u32(~parseUint("MARK", option, arg!))];
        return;
      case "or-mark": {
        const bits = parseUint("MARK", option, arg!);
        [t.value, t.mask] = [bits, bits];
        return;
      }
      case "xor-mark":
        [t.value, t.mask] = [parseUint("MARK", option, arg!), 0];
        return;
    }
  },
  final(t) {
    if (t.given === 0)
      throw parameterProblem("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required");
    checkExclusions("MARK", OPTIONS, t.given);
  },
  save: (t) => ` --set-xmark ${hex(t.value)}/${hex(t.mask)}`,
  list: (t) => ` MARK ${operationText(t.value, t.mask)}`,
  /** mark_tg: mark = (mark & ~mask) ^ value. */
  fire(t, packet) {
    packet.mark = u32((packet.mark & ~t.mask) ^ t.value);
    return "CONTINUE";
  },
};

/**
 * mark_tg_print's reading of (value, mask), shared with CONNMARK: a zero value is an "and" (even
 * `--set-mark 0`), value == mask an "or", a zero mask an "xor", a full mask a "set".
 */
export function operationText(value: number, mask: number): string {
  if (value === 0) return `and ${hex(u32(~mask))}`;
  if (value === mask) return `or ${hex(value)}`;
  if (mask === 0) return `xor ${hex(value)}`;
  if (mask === UINT32_MAX) return `set ${hex(value)}`;
  return `xset ${hex(value)}/${hex(mask)}`;
}
