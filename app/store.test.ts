import { beforeEach, describe, expect, it } from "vitest";
import { selectHistory, useTerminal } from "./store";

describe("terminal store", () => {
  beforeEach(() => {
    useTerminal.getState().reset();
    useTerminal.setState({ history: {} });
  });

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
    expect(selectHistory("host")(useTerminal.getState())).toEqual(["true", "false"]);
  });

  it("keeps one history per namespace, which clear and reset leave alone", () => {
    const { begin, setTab, clear, reset } = useTerminal.getState();
    begin("iptables -S", "host");
    begin("ip route", "web");
    setTab("web");
    clear();
    expect(useTerminal.getState().entries.map((e) => e.command)).toEqual(["iptables -S"]);
    reset();
    expect(useTerminal.getState()).toMatchObject({ entries: [], tab: "host" });
    expect(selectHistory("web")(useTerminal.getState())).toEqual(["ip route"]);
    expect(selectHistory("host")(useTerminal.getState())).toEqual(["iptables -S"]);
  });

  it("keeps bash's 500 last commands", () => {
    const { begin } = useTerminal.getState();
    for (let i = 0; i < 502; i++) begin(`echo ${i}`, "host");
    const history = selectHistory("host")(useTerminal.getState());
    expect(history).toHaveLength(500);
    expect(history[0]).toBe("echo 2");
  });

  it("saves the history for the next visit, without pasted scripts too long to rewrite on every command", () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (k: string) => saved.get(k) ?? null,
      setItem: (k: string, v: string) => saved.set(k, v),
    };
    Object.assign(globalThis, { localStorage: storage });
    try {
      const { begin } = useTerminal.getState();
      const restore = `iptables-restore <<'EOF'\n${"-A INPUT -j ACCEPT\n".repeat(300)}EOF`;
      begin("iptables -S", "host");
      begin(restore, "host");
      begin("echo $?", "host");
      expect(selectHistory("host")(useTerminal.getState())).toEqual(["iptables -S", restore, "echo $?"]);
      expect(JSON.parse(saved.get("netplay.history")!)).toEqual({ host: ["iptables -S", "echo $?"] });
    } finally {
      Reflect.deleteProperty(globalThis, "localStorage");
    }
  });
});
