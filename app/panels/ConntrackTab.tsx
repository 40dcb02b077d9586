import type { NetnsView } from "../../engine/view";
import { selectFrame, usePlayer } from "../player/store";
import { ctColumns } from "./ct-columns";

/** The original direction's tuple of a `conntrack -L` line: what identifies the entry over time. */
export function origTuple(line: string): string | undefined {
  return /src=\S+ dst=\S+(?: sport=\d+ dport=\d+| type=\d+ code=\d+ id=\d+)?/.exec(line)?.[0];
}

/** `conntrack -L` in one namespace; the entry the step created or found is marked. */
export function ConntrackTab({ ns }: { ns: NetnsView }) {
  const frame = usePlayer(selectFrame);
  const event = frame?.event.kind === "conntrack" && frame.netns === ns.name ? frame.event : undefined;
  const lit = event?.entry && origTuple(event.entry);
  return (
    <div className="conntrack-tab">
      {event && (
        <p className="ct-step">
          This step: conntrack <strong>{event.action}</strong>, ctstate <strong>{event.state}</strong>
          {event.entry && <code className="ct-line">{event.entry}</code>}
        </p>
      )}
      <p className="panel-cmd">
        <code>conntrack -L</code> · {ns.conntrack.length} flow entries
      </p>
      <table className="ct-table">
        <thead>
          <tr>
            <th scope="col">proto</th>
            <th scope="col">timeout</th>
            <th scope="col">state</th>
            <th scope="col">original</th>
            <th scope="col">reply</th>
            <th scope="col">flags</th>
          </tr>
        </thead>
        <tbody>
          {ns.conntrack.map((line) => {
            const on = lit !== undefined && origTuple(line) === lit;
            const c = ctColumns(line);
            return (
              <tr
                key={line}
                className={on ? "current" : undefined}
                aria-current={on ? "step" : undefined}
                title={line}
              >
                <td>{c.proto}</td>
                <td>{c.timeout}</td>
                <td>{c.state}</td>
                <td>{c.original}</td>
                <td>{c.reply}</td>
                <td>{c.flags}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
