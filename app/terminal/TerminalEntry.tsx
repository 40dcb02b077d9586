import type { TerminalEntry as Entry } from "../store";
import { Prompt } from "./Prompt";

/** One command as the user typed it, then its output as plain text (never as HTML). */
export function TerminalEntry({ entry }: { entry: Entry }) {
  const failed = entry.status !== null && entry.status !== 0;
  return (
    <li className="entry" aria-busy={entry.status === null}>
      <div className="entry-line">
        <Prompt netns={entry.netns} />
        <span className="entry-command">{entry.command}</span>
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
}
