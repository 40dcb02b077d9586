/**
 * A cursor over a script's lines that does not split the whole script up front: a heredoc body (which
 * may be an entire 50,000-rule iptables-save file) is sliced out of the script in one piece.
 */
export class ScriptLines {
  private at = 0;
  /** How many lines have been read: the number of the last line returned. */
  lineNumber = 0;

  constructor(private readonly script: string) {}

  get done(): boolean {
    return this.at >= this.script.length;
  }

  /** The next line without its newline; call only when not `done`. */
  next(): string {
    const newline = this.script.indexOf("\n", this.at);
    const end = newline < 0 ? this.script.length : newline;
    const line = this.script.slice(this.at, end);
    this.at = end + 1;
    this.lineNumber++;
    return line;
  }

  /** The number of lines in the whole script, as bash counts them in end-of-file messages. */
  get count(): number {
    let lines = 0;
    for (let at = this.script.indexOf("\n"); at >= 0; at = this.script.indexOf("\n", at + 1)) lines++;
    return this.script.endsWith("\n") || this.script === "" ? lines : lines + 1;
  }

  /**
   * Reads a heredoc body up to its terminator line, each body line ending in "\n". `<<-` strips
   * leading tabs from body lines and terminator alike.
   */
  heredocBody(delimiter: string, stripTabs: boolean): { text: string; terminated: boolean } {
    const start = Math.min(this.at, this.script.length);
    const stripped: string[] = [];
    while (!this.done) {
      const lineStart = this.at;
      let from = lineStart;
      if (stripTabs) while (this.script[from] === "\t") from++;
      const newline = this.script.indexOf("\n", from);
      const end = newline < 0 ? this.script.length : newline;
      this.at = end + 1;
      this.lineNumber++;
      if (end - from === delimiter.length && this.script.startsWith(delimiter, from)) {
        return {
          text: stripTabs ? joinLines(stripped) : this.script.slice(start, lineStart),
          terminated: true,
        };
      }
      if (stripTabs) stripped.push(this.script.slice(from, end));
    }
    const rest = this.script.slice(start);
    const text = stripTabs ? joinLines(stripped) : rest === "" || rest.endsWith("\n") ? rest : `${rest}\n`;
    return { text, terminated: false };
  }
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
