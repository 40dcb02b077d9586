import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import type { TraceEvent } from "../../engine/trace/events";
import { viewOf } from "../../engine/view";
import type { World } from "../../engine/world";
import { START_COMMANDS } from "../world/start";
import { commandFor } from "./command";
import { PRESETS, type Preset } from "./presets";

/** Runs a preset the way the app does, on the world the app opens on; returns the line and its trace. */
function tell(name: string, world = opened()): { line: string; trace: readonly TraceEvent[]; world: World } {
  const preset: Preset = PRESETS.find((p) => p.name === name)!;
  for (const line of preset.setup(viewOf(world))) expect(runLine(world, line).status).toBe(0);
  const view = viewOf(world);
  const sending = preset.send(view)!;
  const running = new Set(view.docker!.containers.map((c) => c.name));
  const built = "line" in sending ? sending : commandFor(sending, running);
  if (!("line" in built)) throw new Error(built.error);
  return { line: built.line, trace: runLine(world, built.line, "host", undefined, true).trace!, world };
}

function opened(): World {
  const world = createWorld("docker");
  for (const line of START_COMMANDS) expect(runLine(world, line).status).toBe(0);
  return world;
}

const on = (trace: readonly TraceEvent[], netns: string, kind: TraceEvent["kind"]) =>
  trace.filter((e) => e.kind === kind && "netns" in e && e.netns === netns);

describe("the Docker presets on the opening world", () => {
  it("container → internet: MASQUERADE on the host and a conntrack entry", () => {
    const { line, trace } = tell("container → internet");
    expect(line).toBe("docker exec web curl -s -m 2 http://198.18.5.130/");
    expect(trace).toContainEqual(
      expect.objectContaining({
        kind: "rule",
        netns: "host",
        chain: "POSTROUTING",
        matched: true,
        rule: "-s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
      }),
    );
    expect(on(trace, "host", "conntrack")[0]).toMatchObject({ action: "new", state: "NEW" });
  });

  it("laptop → published port: DNAT in PREROUTING, forwarded, never the host's INPUT", () => {
    const { line, trace } = tell("laptop → published port");
    expect(line).toBe("ip netns exec laptop curl -s -m 2 http://192.168.31.228:8080/");
    expect(on(trace, "host", "nat")[0]).toMatchObject({
      manip: "DNAT",
      after: { dst: "172.17.0.2", dport: 80 },
    });
    expect(on(trace, "host", "hook").map((e) => e.kind === "hook" && e.hook)).not.toContain("INPUT");
    expect(on(trace, "web", "deliver")).not.toEqual([]);
  });

  it("localhost → published port: no DNAT for 127.0.0.1, docker-proxy relays from the bridge's address", () => {
    const { line, trace } = tell("localhost → published port");
    expect(line).toBe("curl -s -m 2 http://127.0.0.1:8080/");
    expect(trace).toContainEqual(
      expect.objectContaining({
        kind: "rule",
        netns: "host",
        table: "nat",
        chain: "OUTPUT",
        matched: false,
        rule: "! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER",
      }),
    );
    expect(on(trace, "host", "nat").filter((e) => e.kind === "nat" && e.manip === "DNAT")).toEqual([]);
    const relayed = trace.find(
      (e) => e.kind === "send" && e.netns === "host" && e.packet.dst === "172.17.0.2",
    );
    expect(relayed).toMatchObject({ packet: { src: "172.17.0.1", dport: 80 } });
    expect(on(trace, "web", "deliver")).not.toEqual([]);
  });

  it("host → container: out through OUTPUT and docker0, no FORWARD on the host", () => {
    const { line, trace } = tell("host → container");
    expect(line).toBe("nc -z -w 2 172.17.0.2 80");
    const hooks = on(trace, "host", "hook").map((e) => e.kind === "hook" && e.hook);
    expect(hooks).toContain("OUTPUT");
    expect(hooks).not.toContain("FORWARD");
    expect(on(trace, "web", "deliver")).not.toEqual([]);
  });

  it("container → container on one bridge: bridged from one veth to the other", () => {
    const { line, trace } = tell("container → container");
    expect(line).toBe("docker exec web nc -z -w 2 172.17.0.3 6379");
    expect(on(trace, "host", "bridge")[0]).toMatchObject({ bridge: "docker0" });
    expect(on(trace, "db", "deliver")).not.toEqual([]);
  });

  it("across bridges: a new network and container, and the isolation rule drops the packet", () => {
    const { line, trace, world } = tell("across bridges");
    expect(viewOf(world).docker!.containers.map((c) => c.name)).toEqual(["web", "db", "api"]);
    expect(line).toBe("docker exec web curl -s -m 2 http://172.18.0.2/");
    expect(on(trace, "api", "deliver")).toEqual([]);
    expect(trace).toContainEqual(
      expect.objectContaining({ kind: "verdict", netns: "host", verdict: "DROP" }),
    );
  });

  it("port clash: the second container's source port is moved by MASQUERADE", () => {
    const { line, trace } = tell("port clash");
    expect(line).toBe(
      "docker exec web curl -s -m 2 --local-port 40000 http://198.18.5.130/; docker exec db curl -s -m 2 --local-port 40000 http://198.18.5.130/",
    );
    const snat = on(trace, "host", "nat").filter((e) => e.kind === "nat" && e.manip === "SNAT" && !e.reply);
    const ports = snat.map((e) => e.kind === "nat" && `${e.before.src}:${e.before.sport} → ${e.after.sport}`);
    expect(ports[0]).toBe("172.17.0.2:40000 → 40000");
    expect(ports.find((p) => p && p.startsWith("172.17.0.3:40000"))).not.toBe("172.17.0.3:40000 → 40000");
  });
});
