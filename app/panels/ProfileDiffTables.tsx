import { useState } from "react";
import type { ProfileDiff, ProfileTableDiff } from "../../engine/docker/profile-diff";
import type { DiffLine } from "../../engine/shell/line-diff";
import { foldUnchanged } from "./diff-runs";

/** Unchanged lines kept on each side of a change; the rest of a run folds into a button. */
const CONTEXT = 1;

const CLASS = { "-": "removed", "+": "added", " ": "same" } as const;

function Line({ line, versions }: { line: DiffLine; versions: ProfileDiff["versions"] }) {
  const only = line.mark === "-" ? versions[0] : line.mark === "+" ? versions[1] : undefined;
  return (
    <li className={CLASS[line.mark]}>
      <span className="diff-mark" aria-hidden="true">
        {line.mark}
      </span>
      {only && <span className="visually-hidden">only under Docker {only}: </span>}
      <code>{line.text}</code>
    </li>
  );
}

function TableLines({ diff, versions }: { diff: ProfileTableDiff; versions: ProfileDiff["versions"] }) {
  /** The folds opened, by their first line (a new diff brings new lines, all folded again). */
  const [opened, setOpened] = useState<ReadonlySet<DiffLine>>(new Set());
  const count = (mark: DiffLine["mark"]) => diff.lines.filter((l) => l.mark === mark).length;
  return (
    <section
      className="diff-table"
      aria-label={`${diff.table} table under Docker ${versions[0]} and ${versions[1]}`}
    >
      <p className="panel-cmd">
        <code>iptables -t {diff.table} -S</code> ·{" "}
        <span className="diff-count">
          −{count("-")} +{count("+")}
        </span>
      </p>
      <ol className="diff-lines">
        {foldUnchanged(diff.lines, CONTEXT).flatMap((row, i) => {
          if (row.kind === "line") return [<Line key={i} line={row.line} versions={versions} />];
          const first = row.lines[0]!;
          if (opened.has(first))
            return row.lines.map((line, j) => <Line key={`${i}.${j}`} line={line} versions={versions} />);
          return [
            <li key={i} className="folded">
              <button type="button" onClick={() => setOpened(new Set(opened).add(first))}>
                ⋯ {row.lines.length} unchanged {row.lines.length === 1 ? "line" : "lines"}
              </button>
            </li>,
          ];
        })}
      </ol>
    </section>
  );
}

/** Each table whose rules differ between the two versions; the others are named in one line. */
export function ProfileDiffTables({ diff }: { diff: ProfileDiff }) {
  const [a, b] = diff.versions;
  const differs = (t: ProfileTableDiff) => t.lines.some((l) => l.mark !== " ");
  const same = diff.tables.filter((t) => !differs(t)).map((t) => t.table);
  if (same.length === diff.tables.length)
    return (
      <p className="compare-legend">
        Docker {a} and Docker {b} leave the same rules in every table.
      </p>
    );
  return (
    <>
      <p className="compare-legend">
        <span className="diff-mark removed">-</span> only under Docker {a} ·{" "}
        <span className="diff-mark added">+</span> only under Docker {b}
      </p>
      {diff.tables.filter(differs).map((t) => (
        <TableLines key={t.table} diff={t} versions={diff.versions} />
      ))}
      {same.length > 0 && <p className="panel-empty">No difference in {same.join(", ")}.</p>}
    </>
  );
}
