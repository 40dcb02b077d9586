import { parameterProblem } from "../../iptables/errors";
import { hex } from "../../iptables/numbers";
import { leadingNumber } from "../../iptables/numbers";

/** A mark test: the bits under `mask` must equal `mark`. */
export interface MarkMask {
  readonly mark: number;
  readonly mask: number;
}

const ALL_BITS = 0xffffffff;

/** xtables_parse_mark_mask (XTTYPE_MARKMASK32): "value[/mask]", each a 32-bit number in C notation. */
export function parseMarkMask(ext: string, option: string, arg: string): MarkMask {
  const bad = () =>
    parameterProblem(`${ext}: bad integer value for option "--${option}", or out of range.\n`);
  const garbage = () => parameterProblem(`${ext}: trailing garbage after value for option "--${option}".\n`);
  const uint32 = (text: string) => {
    const num = leadingNumber(text);
    if (!num || num.value > ALL_BITS) throw bad();
    return num;
  };
  const mark = uint32(arg);
  if (mark.rest === "") return { mark: mark.value, mask: ALL_BITS };
  if (!mark.rest.startsWith("/")) throw garbage();
  const mask = uint32(mark.rest.slice(1));
  if (mask.rest !== "") throw garbage();
  return { mark: mark.value, mask: mask.value };
}

/** print_mark of libxt_mark/libxt_connmark: the mask only when it is not all ones. */
export const markText = ({ mark, mask }: MarkMask) =>
  mask === ALL_BITS ? hex(mark) : `${hex(mark)}/${hex(mask)}`;

/** mark_mt / connmark_mt: (mark & mask) == value; bits of the value outside the mask never match. */
export const markMatches = (mark: number, { mark: value, mask }: MarkMask): boolean =>
  (mark & mask) >>> 0 === value;

/** `mark 0x0 ≠ 0x1/0xff`. */
export const markWhy = (option: string, mark: number, test: MarkMask, invert: boolean): string =>
  `${option} ${hex(mark)} ${invert ? "=" : "≠"} ${markText(test)}`;
