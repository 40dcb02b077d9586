import { saveString } from "../../iptables/quote";
import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";

/** The kernel keeps 256 bytes with the NUL: longer comments are cut silently. */
const MAX_COMMENT = 255;

/** libxt_comment: a note on the rule that never affects matching. */
export const comment: MatchModule<{ text?: string }> = {
  kind: "match",
  name: "comment",
  options: [{ name: "comment", arg: "required" }],
  init: () => ({}),
  parse(m, _option, arg) {
    m.text = arg!.slice(0, MAX_COMMENT);
  },
  final(m) {
    if (m.text === undefined) throw parameterProblem('comment: option "--comment" must be specified\n');
  },
  save: (m) => ` --comment ${saveString(m.text!)}`,
  list: (m) => ` /* ${m.text} */`,
};
