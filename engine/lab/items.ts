import { readScript } from "../shell/script-reader";

/** One command line of a scenario as the lab runs it. */
export interface LabItem {
  /** What `netplay run` prints after `$ `: the line as written, heredoc bodies left out. */
  readonly text: string;
  /** The line with its heredoc bodies, exactly as bash has to read it. */
  readonly source: string;
  /** `cmd &`: a job that goes on running while the next lines run. */
  readonly background: boolean;
  /** The line bash stops at: a syntax error, which the lab leaves to bash to report. */
  readonly fatal: boolean;
}

/**
 * Cuts a scenario into the command lines `netplay run` shows, each with the source lines that belong to
 * it (heredoc bodies, continuation lines). A line's source runs up to the next line's start; the
 * comments and blank lines it may carry are harmless to bash.
 */
export function labItems(script: string): LabItem[] {
  const lines = script.split("\n");
  const read = [...readScript(script)];
  return read.map((item, i) => {
    const end = i + 1 < read.length ? read[i + 1]!.line - 1 : lines.length;
    const source = lines
      .slice(item.line - 1, end)
      .join("\n")
      .replace(/\s+$/, "");
    const background = item.kind === "command" && item.list.some((entry) => entry.background);
    return { text: item.text, source, background, fatal: item.kind === "fatal" };
  });
}
