import { memo } from "react";
import type { TerminalEntry as Entry } from "../store";
import { Prompt } from "./Prompt";

/** A pasted script shows its first lines; the rest would bury the history. */
const SHOWN_LINES = 6;

function Command({ text }: { text: string }) {
  const lines = text.split("\n");
  if (lines.length <= SHOWN_LINES) return <span className="entry-command">{text}</span>;
  return (
    <span className="entry-command" title={`${lines.length} lines`}>
      {lines.slice(0, SHOWN_LINES).join("\n")}
      <span className="entry-more">
        {"\n"}… {(lines.length - SHOWN_LINES).toLocaleString("en")} more lines
      </span>
    </span>
  );
}

/** One command as the user typed it, then its output as plain text (never as HTML). */
export const TerminalEntry = memo(function TerminalEntry({ entry }: { entry: Entry }) {
  const failed = entry.status !== null && entry.status !== 0;
  return (
    <li className="entry" aria-busy={entry.status === null}>
      <div className="entry-line">
        <Prompt netns={entry.netns} />
        <Command text={entry.command} />
        {entry.status === null && <span className="entry-running" aria-label="running" />}
        {failed && <span className="entry-status">exit {entry.status}</span>}
      </div>
      {entry.output.length > 0 && (
        <pre className="entry-output">
          {entry.output.map((chunk, i) => (
            <span key={i} className={chunk.fd === 2 ? "stderr" : undefined}>
              {chunk.text}
            </span>
          ))}
        </pre>
      )}
    </li>
  );
});
