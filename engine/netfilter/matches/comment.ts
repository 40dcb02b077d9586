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
  // A UTF-16 unit is at most 3 UTF-8 bytes: short comments need no counting (and rules keep them as is).
  if (text.length * 3 <= MAX_COMMENT_BYTES) return text;
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8Size(ch.codePointAt(0)!);
    if (bytes + size > MAX_COMMENT_BYTES) {
      const kept = text.slice(0, end);
      return bytes < MAX_COMMENT_BYTES ? `${kept}\uFFFD` : kept;
    }
    bytes += size;
    end += ch.length;
  }
  return text;
}

/** libxt_comment: a note on the rule that never affects matching. */
export const comment: MatchModule<{ text?: string }> = {
  kind: "match",
  name: "comment",
  options: [{ name: "comment", arg: "required" }],
  init: () => ({ module: comment, text: undefined }), // every field from the start: the object never grows
  parse(m, _option, arg) {
    m.text = cutToBytes(arg!);
  },
  final(m) {
    if (m.text === undefined) throw parameterProblem('comment: option "--comment" must be specified\n');
  },
  save: (m) => ` --comment ${saveString(m.text!)}`,
  list: (m) => ` /* ${m.text} */`,
  match: () => true,
  // Never asked: a comment always matches.
  why: () => "",
};
