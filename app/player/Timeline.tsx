import { packetLabel } from "./describe";
import { usePlayer } from "./store";

/** Every packet of the exchange, in the order they were sent; the one being walked is marked. */
export function Timeline() {
  const packets = usePlayer((s) => s.packets);
  const step = usePlayer((s) => s.step);
  const goTo = usePlayer((s) => s.goTo);
  const current = packets.findLastIndex((p) => p.step <= step);
  return (
    <ol className="timeline" aria-label="Packets">
      {packets.map((p, i) => (
        <li key={p.step}>
          <button
            type="button"
            className={`timeline-packet${i === current ? " on" : ""}`}
            aria-current={i === current ? "step" : undefined}
            title={`${p.netns}: ${packetLabel(p.packet)}`}
            onClick={() => goTo(p.step)}
          >
            <span className="timeline-ns">{p.netns}</span> {packetLabel(p.packet)}
          </button>
        </li>
      ))}
    </ol>
  );
}
