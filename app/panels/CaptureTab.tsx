import { pcapFile } from "../../engine/trace/pcap";
import type { CaptureLine, NetnsView } from "../../engine/view";
import { selectFrame, usePlayer } from "../player/store";

/** Downloads the device's packets of this exchange as a .pcap, for Wireshark or `tcpdump -r`. */
function exportPcap(name: string, lines: readonly CaptureLine[]): void {
  const blob = new Blob([pcapFile(lines)], { type: "application/vnd.tcpdump.pcap" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}.pcap`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * What `tcpdump -n -i DEV` on each device of one namespace printed for the exchange being replayed.
 * Lines of packets still to come at this step are dimmed; the packet being walked is marked.
 */
export function CaptureTab({ ns }: { ns: NetnsView }) {
  const capture = usePlayer((s) => s.capture);
  const step = usePlayer((s) => s.step);
  const command = usePlayer((s) => s.command);
  const packet = usePlayer(selectFrame)?.packet?.id;
  const mine = capture.filter((l) => l.netns === ns.name);
  if (!command)
    return <p className="panel-empty">Send a packet: each device&apos;s tcpdump lines show here.</p>;
  const byDev = ns.links
    .map((link) => [link.name, mine.filter((l) => l.dev === link.name)] as const)
    .filter(([, lines]) => lines.length > 0);
  if (byDev.length === 0)
    return <p className="panel-empty">No packet of this exchange crossed a device of {ns.name}.</p>;
  return (
    <div className="capture-tab">
      {byDev.map(([dev, lines]) => (
        <section key={dev} className="capture-dev" aria-label={`Capture on ${dev}`}>
          <p className="panel-cmd">
            <code>
              {ns.name === "host" ? "" : `ip netns exec ${ns.name} `}tcpdump -n -i {dev}
            </code>{" "}
            <button
              type="button"
              aria-label={`Export .pcap of the packets on ${dev}`}
              onClick={() => exportPcap(`${ns.name}-${dev}`, lines)}
            >
              Export .pcap
            </button>
          </p>
          <ol className="capture-lines">
            {lines.map((line, i) => (
              <CaptureRow key={i} line={line} step={step} packet={packet} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function CaptureRow({ line, step, packet }: { line: CaptureLine; step: number; packet: number | undefined }) {
  const seen = line.step <= step;
  const current = seen && line.packet === packet;
  return (
    <li
      className={`capture-line${seen ? "" : " later"}${current ? " current" : ""}`}
      aria-current={current ? "step" : undefined}
    >
      <code>{line.line}</code>
    </li>
  );
}
