import { runCommand } from "./terminal/actions";

const EXAMPLES: readonly { line: string; what: string }[] = [
  { line: "iptables -S", what: "list the filter table as rules" },
  { line: "iptables -t nat -S", what: "the nat table" },
  { line: "iptables -A INPUT -p tcp --dport 22 -j ACCEPT", what: "allow ssh in" },
  { line: "iptables -P FORWARD DROP", what: "drop forwarded traffic by default" },
  { line: "iptables -L -n -v", what: "the listing with counters" },
];

/** The five netfilter tables; each keeps its colour everywhere in the app. */
const TABLES = ["raw", "mangle", "nat", "filter", "security"] as const;

/** Things to try, and the colour key used for netfilter tables everywhere in the app. */
export function Sidebar() {
  return (
    <aside className="sidebar">
      <section>
        <h2>Try</h2>
        <ul className="examples">
          {EXAMPLES.map(({ line, what }) => (
            <li key={line}>
              <button type="button" className="example" onClick={() => void runCommand(line)}>
                <code>{line}</code>
                <span>{what}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Tables</h2>
        <ul className="tables">
          {TABLES.map((t) => (
            <li key={t} className={`pill table-${t}`}>
              {t}
            </li>
          ))}
        </ul>
      </section>
      <section className="next">
        <h2>Coming next</h2>
        <p>
          The packet&apos;s road drawn hook by hook, conntrack and NAT, and Docker&apos;s bridges and port
          mappings, stepped through one packet at a time.
        </p>
      </section>
    </aside>
  );
}
