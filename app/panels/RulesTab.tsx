import { memo, useEffect, useRef } from "react";
import type { ChainView, NetnsView, RuleView } from "../../engine/view";
import type { TableName } from "../../engine/netfilter/tables";
import { selectFrame, usePlayer } from "../player/store";
import { ruleWindow } from "./rule-window";
import { usePanels } from "./store";
import { ruleKey, walkOf, type ChainVerdict, type Tried } from "./tried";

/** Memoised: after a command only the rows whose rule changed are drawn again (the view keeps the others). */
const RuleRow = memo(function RuleRow({
  rule,
  text,
  tried,
}: {
  rule: RuleView;
  text: string;
  tried: Tried | undefined;
}) {
  const ref = useRef<HTMLLIElement>(null);
  const current = tried?.current === true;
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: "nearest" });
  }, [current]);
  const mark = tried ? (tried.matched ? "✓" : "✗") : "";
  return (
    <li
      ref={ref}
      className={`rule${tried ? (tried.matched ? " matched" : " missed") : ""}${current ? " current" : ""}`}
      aria-current={current ? "step" : undefined}
    >
      <span
        className="rule-mark"
        aria-label={tried ? (tried.matched ? "matched" : "did not match") : undefined}
      >
        {mark}
      </span>
      <span className="rule-num">{rule.num}</span>
      <code className="rule-text">{text}</code>
      {tried && !tried.matched && tried.why && <span className="rule-why">✗ {tried.why}</span>}
    </li>
  );
});

const VERDICT_SHAPE: Readonly<Record<string, string>> = { ACCEPT: "✓", DROP: "✕", RETURN: "⟲" };

function Verdict({ verdict }: { verdict: ChainVerdict }) {
  const shape = VERDICT_SHAPE[verdict.verdict] ?? "→";
  const by = verdict.num === undefined ? "by the chain's policy" : `by rule ${verdict.num}`;
  return (
    <p className={`chain-verdict verdict-${verdict.verdict.toLowerCase()}`}>
      {shape} {verdict.verdict} {by}
    </p>
  );
}

/** "… 4,899 rules not shown": where a long chain's window leaves rules out. */
const Skipped = ({ count }: { count: number }) =>
  count > 0 ? <li className="rules-skipped">… {count.toLocaleString("en")} rules not shown</li> : null;

function Chain({ chain, columns, lit }: { chain: ChainView; columns: string; lit: Lit }) {
  const listing = usePanels((s) => s.mode) === "L";
  const verdict = lit.walk.verdicts.get(chain.name);
  const active = lit.chain === chain.name;
  const focus = lit.rule?.chain === chain.name ? lit.rule.num : undefined;
  const { first, last } = ruleWindow(chain.rules.length, focus ?? verdict?.num);
  return (
    <details
      className={`chain${active ? " active" : ""}`}
      open={chain.hook !== undefined || active || undefined}
    >
      <summary>
        <code>{listing ? chain.header : chain.spec}</code>
      </summary>
      {listing && <code className="rule-columns">{columns}</code>}
      <ol className="rules">
        <Skipped count={first - 1} />
        {chain.rules.slice(first - 1, last).map((rule) => (
          <RuleRow
            key={rule.num}
            rule={rule}
            text={listing ? rule.row : rule.spec}
            tried={lit.walk.rules.get(ruleKey(chain.name, rule.num))}
          />
        ))}
        <Skipped count={chain.rules.length - last} />
      </ol>
      {verdict && <Verdict verdict={verdict} />}
    </details>
  );
}

interface Lit {
  readonly chain: string | undefined;
  /** The rule of the step being shown (looked up once, not among a long chain's every rule). */
  readonly rule: { readonly chain: string; readonly num: number } | undefined;
  readonly walk: ReturnType<typeof walkOf>;
}

/** One table of one namespace, chain by chain, as `iptables -S` or `-L -n -v -x` print it; live. */
export function RulesTab({ ns, table }: { ns: NetnsView; table: TableName }) {
  const trace = usePlayer((s) => s.trace);
  const step = usePlayer((s) => s.step);
  const frame = usePlayer(selectFrame);
  const mode = usePanels((s) => s.mode);
  const view = ns.tables.find((t) => t.name === table);
  if (!view) return null;
  const walk = walkOf(trace, frame, step, ns.name, table);
  const here = frame?.netns === ns.name && frame.table === table;
  const lit: Lit = {
    chain: here ? frame.chain : undefined,
    rule: here && frame.event.kind === "rule" ? frame.event : undefined,
    walk,
  };
  const prefix = ns.name === "host" ? "" : `ip netns exec ${ns.name} `;
  const listing = mode === "L" ? "-L -n -v -x" : "-S";
  return (
    <div className="rules-tab">
      <p className="panel-cmd">
        <code>
          {prefix}iptables -t {table} {listing}
        </code>
      </p>
      {view.chains.map((chain) => (
        <Chain key={chain.name} chain={chain} columns={view.columns} lit={lit} />
      ))}
    </div>
  );
}
