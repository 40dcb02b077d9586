import { saveString } from "../../iptables/quote";
import { parameterProblem } from "../../iptables/errors";
import type { MatchModule } from "../extension";

/** The kernel keeps 256 bytes with the NUL: longer comments are cut silently. */
const MAX_COMMENT_BYTES = 255;

const utf8Size = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * The first 255 bytes of the comment's UTF-8 form, as xtopt_parse_string copies it. A character cut in
 * two leaves a broken byte sequence that reads back as one U+FFFD, as a terminal decodes it.
 */
function cutToBytes(text: string): string {
  let bytes = 0;
  let out = "";
  for (const ch of text) {
    const size = utf8Size(ch.codePointAt(0)!);
    if (bytes + size > MAX_COMMENT_BYTES) return bytes < MAX_COMMENT_BYTES ? `${out}\uFFFD` : out;
    bytes += size;
    out += ch;
  }
  return out;
}

/** libxt_comment: a note on the rule that never affects matching. */
export const comment: MatchModule<{ text?: string }> = {
  kind: "match",
  name: "comment",
  options: [{ name: "comment", arg: "required" }],
  init: () => ({}),
  parse(m, _option, arg) {
    m.text = cutToBytes(arg!);
  },
  final(m) {
    if (m.text === undefined) throw parameterProblem('comment: option "--comment" must be specified\n');
  },
  save: (m) => ` --comment ${saveString(m.text!)}`,
  list: (m) => ` /* ${m.text} */`,
};
