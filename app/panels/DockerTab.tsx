import { useDockerDiff } from "./docker-diff";
import { DockerExpand } from "./DockerExpand";
import { ProfileCompare } from "./ProfileCompare";

/**
 * What the last docker command did to the host's rules and which host commands dockerd ran for it;
 * the scenario's rules under another Docker.
 */
export function DockerTab() {
  // A new command's list starts folded again.
  const recorded = useDockerDiff((s) => s.recorded);
  return (
    <>
      <LastCommand />
      <DockerExpand key={recorded} />
      <ProfileCompare />
    </>
  );
}

/** What the last docker command did to the host's rules: each changed table's -S, + and - lines. */
function LastCommand() {
  const command = useDockerDiff((s) => s.command);
  const tables = useDockerDiff((s) => s.tables);
  if (!command) return <p className="panel-empty">Run a docker command: the rules it wrote show here.</p>;
  return (
    <div className="docker-tab">
      <p className="docker-command">
        <code>{command}</code>{" "}
        {tables.length === 0
          ? "changed no rule."
          : `changed ${tables.length === 1 ? "one table" : `${tables.length} tables`}:`}
      </p>
      {tables.map((t) => (
        <section key={t.table} className="diff-table" aria-label={`${t.table} table`}>
          <p className="panel-cmd">
            <code>iptables -t {t.table} -S</code> ·{" "}
            <span className="diff-count">
              +{t.lines.filter((l) => l.mark === "+").length} −{t.lines.filter((l) => l.mark === "-").length}
            </span>
          </p>
          <ol className="diff-lines">
            {t.lines.map((l, i) => (
              <li key={i} className={l.mark === "+" ? "added" : l.mark === "-" ? "removed" : "same"}>
                <span
                  className="diff-mark"
                  aria-label={l.mark === "+" ? "added" : l.mark === "-" ? "removed" : undefined}
                >
                  {l.mark}
                </span>
                <code>{l.text}</code>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
