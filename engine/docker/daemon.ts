import type { World } from "../world";
import { randomId } from "./alloc";
import { DockerError, dockerErrors } from "./errors";
import { Host, HostCommandError } from "./host";
import { createNetwork } from "./network";
import { PROFILES, type ProfileName } from "./profile";
import { daemonOf, type DaemonOptions } from "./state";

/**
 * dockerd's start: IP forwarding (and FORWARD DROP if it had to turn it on), the driver's chains,
 * then the default bridge network on docker0.
 */
export function startDaemon(world: World, options: DaemonOptions): void {
  const daemon = daemonOf(world);
  if (daemon.running) throw dockerErrors.alreadyRunning();
  daemon.options = options;
  const host = new Host(world, daemon);
  act(host, () => {
    if (options.ipForward && host.sysctlValue("net.ipv4.ip_forward") !== "1") {
      host.sysctl("net.ipv4.ip_forward", "1");
      if (options.iptables) host.iptables("filter", "-P", "FORWARD", "DROP");
    }
    if (options.iptables) PROFILES[daemon.profile].rules.init(host, options);
    daemon.pseudoNetworks = [
      { id: randomId(world), name: "host", driver: "host", created: world.clock },
      { id: randomId(world), name: "none", driver: "null", created: world.clock },
    ];
    createNetwork(host, {
      name: "bridge",
      internal: false,
      options: new Map([
        ["com.docker.network.bridge.default_bridge", "true"],
        ["com.docker.network.bridge.enable_icc", String(options.icc)],
        ["com.docker.network.bridge.enable_ip_masquerade", String(options.ipMasq)],
        ["com.docker.network.bridge.host_binding_ipv4", "0.0.0.0"],
        ["com.docker.network.bridge.name", "docker0"],
        ["com.docker.network.driver.mtu", "1500"],
      ]),
      labels: new Map(),
      builtin: true,
    });
  });
  daemon.running = true;
}

/** The Docker version a world's daemon runs; set by the world preset or scenario before it starts. */
export function setDockerProfile(world: World, profile: ProfileName): void {
  daemonOf(world).profile = profile;
}

/** The running daemon's host handle, or Docker's "cannot connect" error. */
export function connect(world: World): Host {
  const daemon = daemonOf(world);
  if (!daemon.running) throw dockerErrors.notRunning();
  return new Host(world, daemon);
}

/** Runs a Docker action; a failed host command becomes the daemon's error answer. */
export function act<T>(host: Host, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof HostCommandError) throw dockerErrors.host(error.message);
    throw error;
  }
}

export { DockerError };
