import { beforeEach, describe, expect, it } from "vitest";
import { selectCommands, useTerminal } from "./store";

describe("terminal store", () => {
  beforeEach(() => useTerminal.getState().reset());

  it("records a command as running, then its output and status", () => {
    const { begin, finish } = useTerminal.getState();
    const id = begin("iptables -S", "host");
    expect(useTerminal.getState().entries).toEqual([
      { id, command: "iptables -S", netns: "host", output: [], status: null },
    ]);

    finish(id, [{ fd: 1, text: "-P INPUT ACCEPT\n" }], 0);
    expect(useTerminal.getState().entries[0]).toMatchObject({
      output: [{ fd: 1, text: "-P INPUT ACCEPT\n" }],
      status: 0,
    });
  });

  it("finishes the right entry when several are in flight", () => {
    const { begin, finish } = useTerminal.getState();
    const a = begin("true", "host");
    const b = begin("false", "host");
    finish(b, [], 1);
    expect(useTerminal.getState().entries.map((e) => e.status)).toEqual([null, 1]);
    finish(a, [], 0);
    expect(selectCommands(useTerminal.getState())).toEqual(["true", "false"]);
  });

  it("clear forgets the tab's history, reset every tab's", () => {
    const { begin, setTab, clear, reset } = useTerminal.getState();
    begin("iptables -S", "host");
    begin("ip route", "web");
    setTab("web");
    expect(selectCommands(useTerminal.getState())).toEqual(["ip route"]);
    clear();
    expect(useTerminal.getState().entries.map((e) => e.command)).toEqual(["iptables -S"]);
    reset();
    expect(useTerminal.getState()).toMatchObject({ entries: [], tab: "host" });
  });
});
