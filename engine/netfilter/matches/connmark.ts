import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";
import { connOf } from "./ct-state";
import { markMatches, markWhy, markText, parseMarkMask, type MarkMask } from "./mark-mask";

export interface ConnmarkMatch {
  /** undefined until --mark is given (it is mandatory). */
  test?: MarkMask;
  invert: boolean;
}

/** libxt_connmark revision 1: the connection's ctmark under a mask. */
export const connmark: MatchModule<ConnmarkMatch> = {
  kind: "match",
  usesConntrack: () => true,
  name: "connmark",
  options: [{ name: "mark", arg: "required", invertible: true }],
  init: () => ({ module: connmark, invert: false }),
  parse(m, _option, arg, invert) {
    m.test = parseMarkMask("connmark", "mark", arg!);
    m.invert = invert;
  },
  final(m) {
    if (!m.test) throw parameterProblem('connmark: option "--mark" must be specified\n');
  },
  save: (m) => `${m.invert ? " !" : ""} --mark ${markText(m.test!)}`,
  // connmark_mt_print writes "match " and then " 0x…": two spaces unless "!" sits between them.
  list: (m) => ` connmark match ${m.invert ? "!" : ""} ${markText(m.test!)}`,
  // connmark_mt: without a connection there is no mark to compare, `!` or not.
  match(m, packet) {
    const ct = connOf(packet);
    return ct !== undefined && markMatches(ct.mark, m.test!) !== m.invert;
  },
  why(m, packet) {
    const ct = connOf(packet);
    return ct ? markWhy("connmark", ct.mark, m.test!, m.invert) : "connmark: no connection";
  },
};
