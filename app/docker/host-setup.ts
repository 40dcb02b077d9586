import type { ScenarioDocument } from "../../engine/scenario/document";

export type Profile = "29" | "28" | "20.10";
export const PROFILES: readonly Profile[] = ["29", "28", "20.10"];

/** dockerd's options the host menu offers: each one changes the rules Docker writes. */
export const DAEMON_OPTIONS = [
  "--icc=false",
  "--ip-masq=false",
  "--userland-proxy=false",
  "--iptables=false",
] as const;
export type DaemonOption = (typeof DAEMON_OPTIONS)[number];

/** Which Docker the scenario runs and the options its dockerd was started with. */
export interface HostSetup {
  readonly profile: Profile;
  readonly options: readonly DaemonOption[];
}

const WORLD_OF: Record<Profile, ScenarioDocument["world"]> = {
  "29": "docker",
  "28": "docker-28",
  "20.10": "docker-20.10",
};

type Line = ScenarioDocument["commands"][number];

/** A scenario on the bare world whose first line starts dockerd: the options live in that line. */
function dockerdLine(doc: ScenarioDocument): Line | undefined {
  const first = doc.commands[0];
  return doc.world === "bare" && first?.netns === "host" && /^dockerd( |$)/.test(first.line)
    ? first
    : undefined;
}

export function hostSetupOf(doc: ScenarioDocument): HostSetup {
  const dockerd = dockerdLine(doc);
  if (dockerd) {
    const words = dockerd.line.split(/\s+/);
    return { profile: "29", options: DAEMON_OPTIONS.filter((option) => words.includes(option)) };
  }
  const profile = PROFILES.find((p) => WORLD_OF[p] === doc.world) ?? "29";
  return { profile, options: [] };
}

/**
 * The same commands under another Docker or other daemon options. A preset world has its dockerd
 * already running with the defaults; options need dockerd started by hand, which the bare world
 * allows, and whose Docker is the playground's default (29). The selected step is dropped: the
 * packets will not be the same.
 */
export function withHostSetup(doc: ScenarioDocument, setup: HostSetup): ScenarioDocument {
  const rest = dockerdLine(doc) ? doc.commands.slice(1) : doc.commands;
  const { selection: _, ...kept } = doc;
  if (setup.options.length === 0) return { ...kept, world: WORLD_OF[setup.profile], commands: rest };
  const line = ["dockerd", ...DAEMON_OPTIONS.filter((o) => setup.options.includes(o))].join(" ");
  return { ...kept, world: "bare", commands: [{ netns: "host", line }, ...rest] };
}
