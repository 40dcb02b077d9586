import type { PacketView } from "../../engine/trace/events";
import { useWorld } from "../world/store";
import { endpoint, packetKind } from "./describe";
import { endingOf, type Ending } from "./ending";
import type { Frame, Rewrite } from "./frames";
import { selectFrame, usePlayer } from "./store";

function RewriteLine({ rewrite }: { rewrite: Rewrite }) {
  const { manip, before, after } = rewrite;
  const [from, to] =
    manip === "SNAT"
      ? [endpoint(before.src, before.sport), endpoint(after.src, after.sport)]
      : [endpoint(before.dst, before.dport), endpoint(after.dst, after.dport)];
  return (
    <li className="rewrite table-nat">
      <span className="rewrite-manip">
        {manip} in {rewrite.netns}
      </span>{" "}
      <code>{from}</code> → <code>{to}</code>
    </li>
  );
}

function Headers({ packet }: { packet: PacketView }) {
  return (
    <dl className="packet-headers">
      <dt>src</dt>
      <dd>{endpoint(packet.src, packet.sport)}</dd>
      <dt>dst</dt>
      <dd>{endpoint(packet.dst, packet.dport)}</dd>
      {packet.flags !== undefined && (
        <>
          <dt>flags</dt>
          <dd>[{packet.flags}]</dd>
        </>
      )}
      <dt>ttl</dt>
      <dd>{packet.ttl}</dd>
      {(packet.iif || packet.oif) && (
        <>
          <dt>dev</dt>
          <dd>
            {packet.iif ? `in ${packet.iif}` : ""}
            {packet.iif && packet.oif ? " " : ""}
            {packet.oif ? `out ${packet.oif}` : ""}
          </dd>
        </>
      )}
    </dl>
  );
}

/** The packet at this step: its headers, NAT rewrites as before → after, and how its walk ends. */
export function PacketCard({ frame, ending }: { frame: Frame; ending?: Ending | undefined }) {
  const { packet, event } = frame;
  return (
    <aside className="packet-card" aria-label="Packet">
      {packet && (
        <header>
          <span className="packet-kind">{packetKind(packet)}</span>
          <span className="packet-id">packet #{packet.id}</span>
        </header>
      )}
      {packet && <Headers packet={packet} />}
      {frame.rewrites.length > 0 && (
        <ul className="rewrites">
          {frame.rewrites.map((r, i) => (
            <RewriteLine key={i} rewrite={r} />
          ))}
        </ul>
      )}
      {event.kind === "conntrack" && (
        <p className="packet-ct">
          conntrack {event.action}: <strong>{event.state}</strong>
        </p>
      )}
      {ending && (
        <p className={`packet-end verdict-${ending.verdict}`}>
          {ending.verdict === "drop" ? "✕" : "✓"} {ending.text}
          {ending.rule && <code className="packet-rule">{ending.rule}</code>}
        </p>
      )}
    </aside>
  );
}

/** The card of the step being shown, if any: its own subscriber, so a step redraws the card alone. */
export function CurrentPacketCard() {
  const frame = usePlayer(selectFrame);
  const view = useWorld((s) => s.view);
  return frame ? <PacketCard frame={frame} ending={endingOf(frame.event, view)} /> : null;
}
