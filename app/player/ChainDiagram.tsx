import type { Hook } from "../../engine/netfilter/hooks";
import type { Frame } from "./frames";

/** What runs at each hook, in the kernel's priority order (conntrack is "ct"). */
const HOOK_TABLES: Readonly<Record<Hook, readonly string[]>> = {
  PREROUTING: ["raw", "ct", "mangle", "nat"],
  INPUT: ["mangle", "filter", "security", "nat"],
  FORWARD: ["mangle", "filter", "security"],
  OUTPUT: ["raw", "ct", "mangle", "nat", "filter", "security"],
  POSTROUTING: ["mangle", "nat"],
};

type Spot = Hook | "route-in" | "route-out" | "local";

/** The part of the diagram a step lights. */
function spotOf(frame: Frame | undefined): Spot | undefined {
  if (!frame) return undefined;
  const e = frame.event;
  if (e.kind === "route") return e.decision === "output" ? "route-out" : "route-in";
  if (e.kind === "send" || e.kind === "deliver") return "local";
  return frame.hook;
}

function litTable(frame: Frame | undefined): string | undefined {
  if (frame?.event.kind === "conntrack") return "ct";
  return frame?.table;
}

function HookBox({ hook, frame }: { hook: Hook; frame: Frame | undefined }) {
  const lit = spotOf(frame) === hook;
  const table = lit ? litTable(frame) : undefined;
  return (
    <div className={`hook${lit ? " lit" : ""}`} aria-current={lit ? "step" : undefined}>
      <span className="hook-name">{hook}</span>
      <span className="hook-tables">
        {HOOK_TABLES[hook].map((t) => (
          <span key={t} className={`pill table-${t}${t === table ? " on" : ""}`}>
            {t}
          </span>
        ))}
      </span>
    </div>
  );
}

function Step({ spot, frame, children }: { spot: Spot; frame: Frame | undefined; children: string }) {
  const lit = spotOf(frame) === spot;
  return (
    <div className={`chain-step${lit ? " lit" : ""}`} aria-current={lit ? "step" : undefined}>
      {children}
    </div>
  );
}

/**
 * Netfilter's five hooks with their tables in kernel order, and the routing decisions between them
 * (Jan Engelhardt's packet-flow picture, reduced to IPv4). The step's hook and table are lit.
 */
export function ChainDiagram({ frame }: { frame: Frame | undefined }) {
  return (
    <figure className="chain-diagram" aria-label="Netfilter hooks">
      <figcaption>
        {frame ? (
          <>
            in <strong>{frame.netns}</strong>
          </>
        ) : (
          "netfilter hooks"
        )}
      </figcaption>
      <div className="chain-row">
        <HookBox hook="PREROUTING" frame={frame} />
        <span className="arrow">→</span>
        <Step spot="route-in" frame={frame}>
          ◇ route
        </Step>
        <span className="arrow">→</span>
        <HookBox hook="FORWARD" frame={frame} />
        <span className="arrow">→</span>
        <HookBox hook="POSTROUTING" frame={frame} />
      </div>
      <div className="chain-row chain-row-local">
        <span className="arrow">↓</span>
        <HookBox hook="INPUT" frame={frame} />
        <span className="arrow">→</span>
        <Step spot="local" frame={frame}>
          local process
        </Step>
        <span className="arrow">→</span>
        <Step spot="route-out" frame={frame}>
          ◇ route
        </Step>
        <span className="arrow">→</span>
        <HookBox hook="OUTPUT" frame={frame} />
        <span className="arrow">↗</span>
      </div>
    </figure>
  );
}
