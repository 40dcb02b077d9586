import { create } from "zustand";
import type { ProfileDiff } from "../../engine/docker/profile-diff";
import type { ScenarioDocument } from "../../engine/scenario/document";
import { scenarioScript } from "../../engine/scenario/document-script";
import { hostSetupOf, type Profile } from "../docker/host-setup";
import { call } from "../engine-client";

/** The engine's answer: the diff, or why the scenario could not be compared. */
export type Comparison = { readonly diff: ProfileDiff } | { readonly error: string };

/** The Docker tab's comparison of the scenario's rules under its Docker and under `other`. */
export interface ProfileCompareState {
  /** The version picked to compare with; null when none is. */
  readonly other: Profile | null;
  /** The last answer for `other`, kept on screen while the next one runs. */
  readonly comparison: Comparison | null;
  readonly running: boolean;
  pick(other: Profile | null): void;
}

export const useProfileCompare = create<ProfileCompareState>()((set) => ({
  other: null,
  comparison: null,
  running: false,
  pick: (other) => set({ other, comparison: null, running: false }),
}));

/**
 * The preset both runs start from. A preset with dockerd running names its Docker (`docker-28`); the
 * diff chooses the Docker itself, on `docker`. The bare and empty worlds start dockerd in the script.
 */
const diffWorld = (world: ScenarioDocument["world"]): string =>
  world === "docker-28" || world === "docker-20.10" ? "docker" : world;

/** Asked comparisons are numbered: only the latest one's answer is shown. */
let asked = 0;

/** Asks the engine for the scenario's rules under its Docker and under `other`, as `netplay diff` does. */
export async function compareWith(doc: ScenarioDocument, other: Profile): Promise<void> {
  const id = ++asked;
  const current = hostSetupOf(doc).profile;
  useProfileCompare.setState({ running: true });
  let comparison: Comparison;
  try {
    const answer = await call<ProfileDiff | { readonly error: string }>((engine) =>
      engine.profileDiff(scenarioScript(doc), diffWorld(doc.world), current, other),
    );
    comparison = "error" in answer ? answer : { diff: answer };
  } catch (error) {
    comparison = { error: error instanceof Error ? error.message : String(error) };
  }
  if (id !== asked || useProfileCompare.getState().other !== other) return;
  useProfileCompare.setState({ comparison, running: false });
}
