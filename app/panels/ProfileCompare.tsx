import { useEffect, useRef } from "react";
import { SCENARIO_VERSION } from "../../engine/scenario/document";
import { hostSetupOf, PROFILES, type Profile } from "../docker/host-setup";
import { currentDocument } from "../scenario/snapshot";
import { useScenario } from "../scenario/store";
import { compareWith, useProfileCompare, type Comparison } from "./profile-compare";
import { ProfileDiffTables } from "./ProfileDiffTables";

/** Oldest first, as the versions came out. */
const VERSIONS: readonly Profile[] = [...PROFILES].reverse();

/** Asks again whenever the scenario changes, once it has settled (not while it is replayed). */
function useComparison(other: Profile | null) {
  const world = useScenario((s) => s.world);
  const commands = useScenario((s) => s.commands);
  const replaying = useScenario((s) => s.replaying);
  useEffect(() => {
    if (other && !replaying) void compareWith(currentDocument(), other);
  }, [other, world, commands, replaying]);
}

function Answer({ comparison }: { comparison: Comparison }) {
  if ("error" in comparison)
    return (
      <p className="compare-error" role="alert">
        The scenario could not be compared: {comparison.error}
      </p>
    );
  const { diff } = comparison;
  return (
    <>
      {diff.failures.map((f, i) => (
        <p key={i} className="compare-error">
          Under Docker {f.version}, <code>{f.command}</code> failed{f.output ? ":" : "."}{" "}
          {f.output && <code className="compare-output">{f.output.trimEnd()}</code>}
        </p>
      ))}
      <ProfileDiffTables diff={diff} />
      <p className="compare-note">
        User networks&apos; bridges are named as in the Docker {diff.versions[0]} run, so their random ids
        show no difference.
      </p>
    </>
  );
}

/** The scenario's rules under its Docker and under another one, as `netplay diff` prints them. */
export function ProfileCompare() {
  const { other, comparison, running, pick } = useProfileCompare();
  const current = useScenario(
    (s) =>
      hostSetupOf({ version: SCENARIO_VERSION, world: s.world, commands: [...s.commands], layout: {} })
        .profile,
  );
  const picked = other === current ? null : other;
  useComparison(picked);
  const section = useRef<HTMLElement>(null);
  /** Below a long diff of the last command, a new comparison is brought up to read once it is there. */
  const bringUp = useRef(false);
  useEffect(() => {
    if (!comparison || !bringUp.current) return;
    bringUp.current = false;
    // Only the panel scrolls: scrollIntoView would also scroll the page and hide its header.
    const el = section.current;
    const body = el?.closest(".panel-body");
    if (el && body) body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top;
  }, [comparison]);
  const choose = (v: Profile) => {
    bringUp.current = picked !== v;
    pick(picked === v ? null : v);
  };
  return (
    <section
      ref={section}
      className="profile-compare"
      aria-labelledby="profile-compare-title"
      aria-busy={running}
    >
      <div className="compare-head">
        <h2 id="profile-compare-title">Compare with Docker</h2>
        <div className="segmented" role="group" aria-labelledby="profile-compare-title">
          {VERSIONS.filter((v) => v !== current).map((v) => (
            <button key={v} type="button" aria-pressed={picked === v} onClick={() => choose(v)}>
              {v}
            </button>
          ))}
        </div>
      </div>
      {!picked && (
        <p className="panel-empty">
          Pick a version: this scenario&apos;s rules under Docker {current} and under that one, table by
          table, as <code>netplay diff</code> prints them.
        </p>
      )}
      {picked && !comparison && (
        <p className="panel-empty" role="status">
          Running the scenario under Docker {current} and Docker {picked}…
        </p>
      )}
      {picked && comparison && <Answer comparison={comparison} />}
    </section>
  );
}
