import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import { markMatches, markWhy, markText, parseMarkMask, type MarkMask } from "./mark-mask";

export interface MarkMatch {
  /** undefined until --mark is given (it is mandatory). */
  test?: MarkMask;
  invert: boolean;
}

/** libxt_mark revision 1: the packet's nfmark under a mask. */
export const mark: MatchModule<MarkMatch> = {
  kind: "match",
  name: "mark",
  options: [{ name: "mark", arg: "required", invertible: true }],
  init: () => ({ module: mark, invert: false }),
  parse(m, _option, arg, invert) {
    m.test = parseMarkMask("mark", "mark", arg!);
    m.invert = invert;
  },
  final(m) {
    if (!m.test) throw parameterProblem('mark: option "--mark" must be specified\n');
  },
  save: (m) => `${m.invert ? " !" : ""} --mark ${markText(m.test!)}`,
  list: (m) => ` mark match${m.invert ? " !" : ""} ${markText(m.test!)}`,
  match: (m, packet) => markMatches(packet.mark, m.test!) !== m.invert,
  why: (m, packet) => markWhy("mark", packet.mark, m.test!, m.invert),
};
