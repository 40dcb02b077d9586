import type { PacketView, TraceEvent } from "./events";
import { endpoint, NFPROTO_IPV4, packetLine, packetSummary, traceId } from "./packet-line";

type RuleEvent = Extract<TraceEvent, { kind: "rule" }>;
type NatEvent = Extract<TraceEvent, { kind: "nat" }>;
type RouteEvent = Extract<TraceEvent, { kind: "route" }>;

/**
 * One packet's walk in progress. A matched rule's TRACE line waits in `pending` until the next step
 * says what the rule did (a jump, a verdict, or nothing: CONTINUE), as the kernel reports a rule
 * only after its target ran. A target can send a packet meanwhile (REJECT's ICMP error or reset):
 * that packet's walk is a new frame on top, and its lines come first, as they do on a real host.
 */
interface Frame {
  packet?: PacketView;
  pending?: RuleEvent;
}

/** NFT_RETURN as xtables-monitor prints a verdict it has no name for. */
const NFT_RETURN = "0xfffffffb";

const traceHead = (frame: Frame, table: string, chain: string): string =>
  ` TRACE: ${NFPROTO_IPV4} ${traceId(frame.packet?.id ?? 0)} ${table}:${chain}`;

const handle = (num: number): string => `0x${num.toString(16)}`;

/** The rule as xtables-monitor prints it: `-4 -t TABLE -A CHAIN …`, what `iptables-save` would say. */
const ruleSpec = ({ table, chain, rule }: RuleEvent): string =>
  `-4 -t ${table} -A ${chain}${rule ? ` ${rule}` : ""}`;

/** The rule's TRACE line: `table:chain:rule:HANDLE:VERDICT  -4 -t table -A chain …`. */
function ruleLine(frame: Frame, rule: RuleEvent, verdict: string): string {
  return `${traceHead(frame, rule.table, rule.chain)}:rule:${handle(rule.num)}:${verdict}  ${ruleSpec(rule)}`;
}

function natLine({ manip, reply, before, after }: NatEvent): string {
  const side = manip === "DNAT" ? "dst" : "src";
  const id = (view: PacketView) => (view.icmp ? ` (id ${view.icmp.id})` : "");
  const what = reply ? `${manip === "DNAT" ? "SNAT" : "DNAT"} undone on the reply:` : manip;
  return `# nat: ${what} ${endpoint(before, side)}${id(before)} → ${endpoint(after, side)}${id(after)}`;
}

function routeLine({ dst, decision, route }: RouteEvent): string {
  return `# route: ${dst}: ${decision} (${route})`;
}

/** The lines of a trace that xtables-monitor cannot show: the steps outside the rules, marked with `#`. */
function commentLine(event: Exclude<TraceEvent, { kind: "chain" | "rule" | "verdict" | "return" }>): string {
  switch (event.kind) {
    case "send":
      return `# send: ${event.by}: ${packetSummary(event.packet)}`;
    case "wire":
      return `# wire: ${event.from.netns}/${event.from.dev} → ${event.to.netns}/${event.to.dev}: ${packetSummary(event.packet)}`;
    case "bridge": {
      const flooded = event.flooded ? " (flooded)" : "";
      return `# bridge: ${event.bridge}: ${event.inPort} → ${event.outPorts.join(", ")}${flooded}`;
    }
    case "route":
      return routeLine(event);
    case "hook":
      return `# hook: ${event.hook}`;
    case "nat":
      return natLine(event);
    case "conntrack":
      if (event.action === "confirm") return `# conntrack: confirmed: ${event.entry ?? ""}`;
      return `# conntrack: ${event.state}${event.entry ? ` ${event.entry}` : ""}`;
    case "deliver":
      return `# deliver: ${event.socket}`;
    case "drop":
      return `# drop: ${event.reason}`;
  }
}

/** The namespace an event happened in (a wire crossing: where the packet arrives). */
const netnsOf = (event: TraceEvent): string => (event.kind === "wire" ? event.to.netns : event.netns);

/** Events that begin a packet's walk; one arriving while a rule waits is a packet its target sent. */
const startsWalk = (event: TraceEvent): boolean =>
  event.kind === "send" ||
  event.kind === "route" ||
  event.kind === "hook" ||
  (event.kind === "chain" && event.via === "hook");

/**
 * A run's trace in the style of `xtables-monitor --trace` (iptables 1.8.9 on nf_tables): a PACKET
 * line each time a table's hook chain takes the packet, a TRACE line for each rule that matched and
 * each policy. Rule handles are the rules' positions in their chain. Lines starting with `#` add
 * what xtables-monitor cannot show: routing, conntrack, NAT, the wire, rules that did not match and
 * why, delivery and drops, and a `# netns NAME` line whenever the walk moves to another namespace.
 */
export function formatTrace(events: readonly TraceEvent[]): string {
  const lines: string[] = [];
  const frames: Frame[] = [{}];
  const top = () => frames.at(-1)!;
  let netns: string | undefined;

  const settle = (frame: Frame, verdict: string) => {
    if (!frame.pending) return;
    lines.push(ruleLine(frame, frame.pending, verdict));
    frame.pending = undefined;
  };

  for (const event of events) {
    if (netnsOf(event) !== netns) {
      netns = netnsOf(event);
      lines.push(`# netns ${netns}`);
    }
    if (startsWalk(event) && top().pending) frames.push({});
    const frame = top();
    switch (event.kind) {
      case "chain":
        if (event.via === "hook") {
          if (event.packet) {
            frame.packet = event.packet;
            lines.push(packetLine(event.packet));
          }
        } else settle(frame, `${event.via === "jump" ? "JUMP" : "GOTO"}:${event.chain}`);
        break;
      case "rule":
        settle(frame, "CONTINUE");
        if (event.matched) frame.pending = event;
        else
          lines.push(
            `# ${event.table}:${event.chain}:rule:${handle(event.num)}: no match (${event.why ?? ""})  ${ruleSpec(event)}`,
          );
        break;
      case "return":
        if (frame.pending && /(^| )-j RETURN$/.test(frame.pending.rule)) settle(frame, NFT_RETURN);
        else {
          settle(frame, "CONTINUE");
          lines.push(`# ${event.table}:${event.chain}: end of chain, back to the calling chain`);
        }
        break;
      case "verdict": {
        if (event.num === undefined) {
          settle(frame, "CONTINUE");
          lines.push(`${traceHead(frame, event.table, event.chain)}:policy:${event.verdict} `);
          break;
        }
        const waiting = frames.findLastIndex(
          ({ pending }) =>
            pending?.netns === event.netns &&
            pending.table === event.table &&
            pending.chain === event.chain &&
            pending.num === event.num,
        );
        if (waiting >= 0) {
          for (const done of frames.splice(waiting + 1).reverse()) settle(done, "CONTINUE");
          settle(top(), event.verdict);
        } else
          lines.push(
            `${traceHead(frame, event.table, event.chain)}:rule:${handle(event.num)}:${event.verdict} `,
          );
        break;
      }
      default:
        if (event.kind === "send" || event.kind === "wire") frame.packet = event.packet;
        if (event.kind === "nat") frame.packet = event.after;
        lines.push(commentLine(event));
    }
  }
  for (const frame of frames.reverse()) settle(frame, "CONTINUE");
  return lines.map((line) => `${line}\n`).join("");
}
