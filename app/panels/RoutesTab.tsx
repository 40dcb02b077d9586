import type { NetnsView } from "../../engine/view";
import { selectFrame, usePlayer } from "../player/store";

/** `ip -br addr` and `ip route` of one namespace; the route the step chose is marked. */
export function RoutesTab({ ns }: { ns: NetnsView }) {
  const frame = usePlayer(selectFrame);
  const route = frame?.event.kind === "route" && frame.netns === ns.name ? frame.event.route : undefined;
  return (
    <div className="routes-tab">
      <p className="panel-cmd">
        <code>ip -br addr</code>
      </p>
      <table className="iface-table">
        <tbody>
          {ns.links.map((link) => (
            <tr key={link.name}>
              <td>
                <code>{link.label}</code>
              </td>
              <td>{link.up ? (link.lowerUp ? "UP" : "NO-CARRIER") : "DOWN"}</td>
              <td>
                <code>{link.addrs.join(" ")}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-cmd">
        <code>ip route</code>
      </p>
      <ol className="route-list">
        {ns.routes.map((line) => {
          const on = route !== undefined && line.startsWith(route);
          return (
            <li key={line} className={on ? "current" : undefined} aria-current={on ? "step" : undefined}>
              <code>{line}</code>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
