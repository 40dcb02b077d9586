import { DAEMON_OPTIONS, hostSetupOf, PROFILES, withHostSetup, type HostSetup } from "../docker/host-setup";
import { currentDocument } from "../scenario/snapshot";
import { openScenario } from "../terminal/actions";
import { Menu, type MenuItem } from "./Menu";

/** Runs the scenario's commands again on a fresh world with another Docker or other daemon options. */
const rerun = (setup: HostSetup) => void openScenario(withHostSetup(currentDocument(), setup));

function itemsFor(setup: HostSetup): MenuItem[] {
  const profiles: MenuItem[] = PROFILES.map((profile) => ({
    label: `Docker ${profile}`,
    kind: "radio",
    checked: setup.profile === profile,
    title: `Run this scenario's commands again with Docker ${profile}'s rules`,
    act: () => rerun({ profile, options: [] }),
  }));
  const options: MenuItem[] = DAEMON_OPTIONS.map((option) => {
    const on = setup.options.includes(option);
    return {
      label: `dockerd ${option}`,
      kind: "checkbox",
      checked: on,
      disabled: setup.profile !== "29",
      title:
        setup.profile === "29"
          ? "Run this scenario's commands again after starting dockerd by hand with the chosen options"
          : "Options start dockerd by hand on the bare world, whose Docker is 29",
      act: () =>
        rerun({
          profile: "29",
          options: on ? setup.options.filter((o) => o !== option) : [...setup.options, option],
        }),
    };
  });
  return [...profiles, ...options];
}

/** The host's menu: which Docker the scenario runs, and its daemon's options. */
export function HostMenu({ at }: { at: { x: number; y: number } }) {
  return <Menu label="Actions for host" at={at} items={itemsFor(hostSetupOf(currentDocument()))} />;
}
