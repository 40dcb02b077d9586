import { describe, expect, it } from "vitest";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { viewOf } from "../../engine/view";
import { layoutOf } from "./layout";
import { rowsOf } from "./ranks";

describe("layoutOf", () => {
  const view = viewOf(createWorld("bare"));

  it("puts the internet on top, the router below, the LAN's machines under it", () => {
    expect(rowsOf(view).map((row) => row.map((ns) => ns.name))).toEqual([
      ["internet"],
      ["router"],
      ["host", "laptop"],
    ]);
  });

  it("draws each veth pair once and each bridge port's membership", () => {
    const { edges } = layoutOf(view, {});
    expect(edges.map((e) => `${e.source} → ${e.target}`)).toEqual([
      "if:router/lan-host → if:host/eth0",
      "if:router/br-lan → if:router/lan-host",
      "if:router/lan-laptop → if:laptop/eth0",
      "if:router/br-lan → if:router/lan-laptop",
      "if:internet/eth0 → if:router/wan",
    ]);
  });

  it("lays devices out towards their cables and keeps a dragged namespace where it was put", () => {
    const { nodes } = layoutOf(view, { "ns:laptop": { x: 999, y: 5 } });
    const at = (id: string) => nodes.find((n) => n.id === id)!.position;
    expect(at("if:router/lan-host").x).toBeLessThan(at("if:router/lan-laptop").x);
    expect(at("if:router/wan").y).toBeLessThan(at("if:router/br-lan").y);
    expect(at("if:router/br-lan").y).toBeLessThan(at("if:router/lan-host").y);
    expect(at("ns:host").x).toBeLessThan(0);
    expect(at("ns:laptop")).toEqual({ x: 999, y: 5 });
    expect(nodes.findIndex((n) => n.id === "ns:host")).toBeLessThan(
      nodes.findIndex((n) => n.id === "if:host/eth0"),
    );
  });

  it("keeps the rows in place when a namespace is added", () => {
    const world = createWorld("bare");
    const before = layoutOf(viewOf(world), {}).nodes.find((n) => n.id === "ns:internet")!.position;
    runLine(world, "ip netns add lab");
    const rows = rowsOf(viewOf(world)).map((row) => row.map((ns) => ns.name));
    expect(rows.at(-1)).toEqual(["lab"]);
    expect(layoutOf(viewOf(world), {}).nodes.find((n) => n.id === "ns:internet")!.position).toEqual(before);
  });

  it("keeps a stopped container on the canvas, empty, in the containers' row, so it can be started", () => {
    const world = createWorld("docker");
    runLine(world, "docker run -d --name web nginx");
    runLine(world, "docker run -d --name db redis");
    const running = layoutOf(viewOf(world), {}).nodes;
    const netns = viewOf(world).docker!.containers.find((c) => c.name === "web")!.netns;
    runLine(world, "docker stop web");
    const view = viewOf(world);
    expect(view.namespaces.some((ns) => ns.name === netns)).toBe(false);
    const { nodes } = layoutOf(view, {});
    const box = nodes.find((n) => n.id === `ns:${netns}`)!;
    expect(box.data).toMatchObject({ container: { name: "web", state: "exited" }, ns: { links: [] } });
    expect(nodes.some((n) => n.parentId === box.id)).toBe(false);
    const dbNetns = `ns:${view.docker!.containers.find((c) => c.name === "db")!.netns}`;
    const db = (list: typeof nodes) => list.find((n) => n.id === dbNetns)!.position.y;
    expect(box.position.y).toBe(db(nodes));
    expect(db(nodes)).toBe(db(running));
  });

  describe("in two columns", () => {
    const world = createWorld("docker");
    runLine(world, "docker run -d --name web nginx");
    const sides = (w = world) => layoutOf(viewOf(w), {}, "sides");
    const box = (nodes: ReturnType<typeof sides>["nodes"], id: string) => {
      const node = nodes.find((n) => n.id === id)!;
      return { ...node.position, right: node.position.x + Number(node.style!.width) };
    };

    it("puts the world outside the host on the left, the host and its containers on its right", () => {
      const { nodes } = sides();
      const outside = ["internet", "router", "laptop"].map((ns) => box(nodes, `ns:${ns}`));
      const inside = ["host", "web"].map((ns) => box(nodes, `ns:${ns}`));
      const rightmost = Math.max(...outside.map((b) => b.right));
      for (const b of inside) expect(b.x).toBeGreaterThan(rightmost);
      expect(outside.map((b) => b.y)).toEqual([...outside.map((b) => b.y)].sort((a, b) => a - b));
      expect(box(nodes, "ns:host").y).toBe(0);
      expect(box(nodes, "ns:web").y).toBeGreaterThan(0);
    });

    it("joins the columns by a cable from the router's right side to the host's left", () => {
      const { nodes, edges } = sides();
      expect(edges.find((e) => e.id === "veth:if:host/eth0|if:router/lan-host")).toMatchObject({
        source: "if:router/lan-host",
        sourceHandle: "right",
        target: "if:host/eth0",
        targetHandle: "left",
      });
      const bottom = nodes.filter(
        (n) => n.parentId === "ns:router" && n.position.y === box(nodes, "if:router/lan-host").y,
      );
      expect(bottom.map((n) => n.id)).toEqual(["if:router/lan-laptop", "if:router/lan-host"]);
      const hostTop = nodes.filter(
        (n) => n.parentId === "ns:host" && n.position.y === box(nodes, "if:host/eth0").y,
      );
      expect(hostTop[0]!.id).toBe("if:host/eth0");
    });

    it("keeps the host and everything on the left in place when containers are added", () => {
      const grown = createWorld("docker");
      runLine(grown, "docker run -d --name web nginx");
      const before = sides(grown).nodes.filter((n) => !n.parentId && n.id !== "ns:web");
      runLine(grown, "docker run -d --name db redis");
      runLine(grown, "docker run -d --name cache redis");
      const after = sides(grown).nodes;
      for (const n of before) expect(after.find((m) => m.id === n.id)!.position, n.id).toEqual(n.position);
    });
  });
});
