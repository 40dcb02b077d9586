import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runLine } from "../shell";
import { diff, patch, receiveView, viewSender } from "./patch";
import { viewOf } from "./view";

const restore = (rules: number): string => {
  const lines = ["iptables-restore <<'R'", "*filter", ":INPUT ACCEPT [0:0]"];
  for (let i = 1; i <= rules; i++) lines.push(`-A INPUT -p udp -m udp --dport ${20000 + i} -j DROP`);
  return [...lines, "-A INPUT -p udp -m udp --dport 9999 -j ACCEPT", "COMMIT", "R"].join("\n");
};

describe("diff and patch", () => {
  it("turn one value into the other, keeping what did not change", () => {
    const before = { a: [1, 2, 3], b: { c: "x", d: true }, e: { f: 1 }, gone: 1 };
    const after = { a: [1, 5, 3, 4], b: { c: "x", d: true }, e: { f: 2 }, added: null };
    const change = diff(before, after)!;
    expect(change).toEqual({
      fields: {
        a: {
          items: [
            [1, { to: 5 }],
            [3, { to: 4 }],
          ],
          length: 4,
        },
        e: { fields: { f: { to: 2 } } },
        added: { to: null },
        gone: { drop: true },
      },
    });
    const patched = patch(before, change) as typeof after;
    expect(patched).toEqual(after);
    expect(patched.b).toBe(before.b);
    expect(before).toEqual({ a: [1, 2, 3], b: { c: "x", d: true }, e: { f: 1 }, gone: 1 });
  });

  it("find nothing between equal values, and send a mostly new list whole", () => {
    expect(diff({ a: [1, { b: "c" }] }, { a: [1, { b: "c" }] })).toBeUndefined();
    expect(diff([1, 2, 3], [1])).toEqual({ items: [], length: 1 });
    expect(diff([1, 2, 3], [4, 5, 3])).toEqual({ to: [4, 5, 3] });
  });
});

describe("views sent as patches", () => {
  it("send a packet's changes to a 1,000-rule chain in a few hundred bytes, and rebuild the view", () => {
    const world = createWorld("bare");
    expect(runLine(world, restore(1000)).status).toBe(0);
    const send = viewSender();
    const first = send.whole(viewOf(world));
    // The datagram ends one chain's walk, its port-unreachable answer counts in another's policy.
    runLine(world, "nping --udp -p 9999 -c 1 127.0.0.1");
    const update = send.since(viewOf(world), first.id);
    expect(update).toMatchObject({ id: 2, base: 1 });
    expect(JSON.stringify(update).length).toBeLessThan(1000);
    const received = receiveView(first, update)!;
    expect(received.view).toEqual(viewOf(world));
    const input = (v: typeof received.view) => v.namespaces[0]!.tables[3]!.chains[0]!;
    expect(input(received.view).rules[1000]!.packets).toBe(1);
    expect(input(received.view).rules[0]).toBe(input(first.view).rules[0]);
  });

  it("send a whole view to a receiver holding another, which it then cannot patch", () => {
    const world = createWorld("bare");
    const send = viewSender();
    const first = send.whole(viewOf(world));
    const second = send.whole(viewOf(world));
    const update = send.since(viewOf(world), first.id);
    expect(update).toEqual({ id: 3, view: viewOf(world) });
    expect(receiveView(first, { id: 4, base: second.id, patch: undefined })).toBeUndefined();
    expect(receiveView(second, { id: 4, base: second.id, patch: undefined })).toEqual({
      id: 4,
      view: second.view,
    });
  });
});
