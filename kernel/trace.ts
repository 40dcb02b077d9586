/**
 * The rule-hit sequences compared per namespace: the TRACE lines `xtables-monitor --trace` prints
 * (one per rule a traced packet matched, one per policy), without the parts the kernel makes up:
 * the trace id (a hash of the packet's buffer address, reused from packet to packet) and the rule
 * handle (nf_tables numbers rules across the table; the playground prints the rule's position).
 */

const TRACE_LINE = /^ TRACE: \d+ ([0-9a-f]+) (\S+?:\S+?):(rule:0x[0-9a-f]+:|policy:|return:)(.*)$/;

function ruleHit(line: string): string | undefined {
  const trace = TRACE_LINE.exec(line);
  if (!trace) return undefined;
  const kind = trace[3]!.startsWith("rule:") ? "rule:" : trace[3]!;
  return `${trace[2]}:${kind}${trace[4]!.trimEnd()}`;
}

/** The rule hits in what `xtables-monitor --trace` printed in one namespace. */
export function kernelRuleHits(monitor: string): string[] {
  return monitor.split("\n").flatMap((line) => ruleHit(line) ?? []);
}

/**
 * The rule hits the kernel would report, per namespace, from the engine's `formatTrace` text, which
 * walks every packet: the kernel traces a packet only from the rule that sets its nftrace bit (a
 * TRACE rule, whose own line is reported) until it leaves the namespace (crossing a veth scrubs the
 * bit), and only in the namespace where that happened.
 */
export function engineRuleHits(trace: string): Map<string, string[]> {
  const hits = new Map<string, string[]>();
  const traced = new Set<string>();
  let netns = "host";
  for (const line of trace.split("\n")) {
    const moved = /^# netns (\S+)$/.exec(line);
    if (moved) {
      netns = moved[1]!;
      continue;
    }
    const wire = /^# wire: .*?: ([0-9a-f]+) /.exec(line);
    if (wire) {
      for (const key of [...traced]) if (key.endsWith(` ${wire[1]}`)) traced.delete(key);
      continue;
    }
    const trace = TRACE_LINE.exec(line);
    if (!trace) continue;
    const key = `${netns} ${trace[1]}`;
    if (/:rule:0x[0-9a-f]+:CONTINUE {2}.* -j TRACE$/.test(line)) traced.add(key);
    if (!traced.has(key)) continue;
    if (!hits.has(netns)) hits.set(netns, []);
    hits.get(netns)!.push(ruleHit(line)!);
  }
  return hits;
}
