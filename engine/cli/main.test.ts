import { describe, expect, it } from "vitest";
import { main } from "./main";

function netplay(args: string[], files: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const status = main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
  });
  return { status, stdout, stderr };
}

const USAGE = "netplay: usage: netplay run [--world NAME] [--json] [--trace] FILE|-\n";
const LAB_USAGE = "netplay: usage: netplay lab [--world NAME] FILE|-\n";

describe("netplay run", () => {
  it("prints each command line and what it printed, and exits with the last status", () => {
    const script = "# a comment\necho hi\ncat nofile\ncat > r <<'EOF'\nx\nEOF\ngrep -c x r\nfalse\n";
    expect(netplay(["run", "s.sh"], { "s.sh": script })).toEqual({
      status: 1,
      stdout: [
        "$ echo hi",
        "hi",
        "$ cat nofile",
        "cat: nofile: No such file or directory",
        "$ cat > r <<'EOF'",
        "$ grep -c x r",
        "1",
        "$ false\n",
      ].join("\n"),
      stderr: "",
    });
  });

  it("accepts --world and --trace in any order", () => {
    expect(netplay(["run", "--trace", "s.sh", "--world=empty"], { "s.sh": "true" })).toEqual({
      status: 0,
      stdout: "$ true\n",
      stderr: "",
    });
  });

  it("prints the run as JSON with --json", () => {
    const { status, stdout } = netplay(["run", "--json", "--world", "empty", "s.sh"], {
      "s.sh": "echo a; cat x\n",
    });
    expect(status).toBe(1);
    expect(stdout).toBe(
      `${JSON.stringify(
        {
          world: "empty",
          commands: [
            {
              command: "echo a; cat x",
              output: [
                { fd: 1, text: "a\n" },
                { fd: 2, text: "cat: x: No such file or directory\n" },
              ],
              stdout: "a\n",
              stderr: "cat: x: No such file or directory\n",
              status: 1,
            },
          ],
        },
        null,
        2,
      )}\n`,
    );
  });

  it.each([[["run"]], [["run", "a", "b"]], [["run", "--bogus", "a"]], [["run", "--world"]]])(
    "is a usage error: %j",
    (args) => {
      expect(netplay(args)).toEqual({ status: 2, stdout: "", stderr: USAGE });
    },
  );

  it.each([[[]], [["walk", "a"]]])("names both subcommands without one it knows: %j", (args) => {
    expect(netplay(args)).toEqual({ status: 2, stdout: "", stderr: USAGE + LAB_USAGE });
  });

  it("refuses an unknown world and an unreadable file", () => {
    expect(netplay(["run", "--world", "mars", "s.sh"], { "s.sh": "" })).toEqual({
      status: 2,
      stdout: "",
      stderr: 'netplay: unknown world "mars" (known: empty, bare, docker, docker-28, docker-20.10)\n',
    });
    expect(netplay(["run", "missing.sh"])).toEqual({
      status: 1,
      stdout: "",
      stderr: "netplay: cannot read missing.sh: No such file or directory\n",
    });
  });

  it("prints each command's packet trace after its output with --trace, and its events with --json", () => {
    const script = "iptables -A OUTPUT -p udp --dport 9 -j DROP\necho hi | nc -u -w1 127.0.0.1 9\n";
    // No rule needs connection state, so the host does not track the datagram.
    const walk = [
      "# netns host",
      "# send: nc: 514e28b7 udp 127.0.0.1:42957 → 127.0.0.1:9 length 31",
      "# route: 127.0.0.1: output (local 127.0.0.1 dev lo)",
      "# hook: OUTPUT",
      "PACKET: 2 514e28b7 OUT=lo SRC=127.0.0.1 DST=127.0.0.1 LEN=31 TOS=0x0 TTL=64 ID=1 DF SPORT=42957 DPORT=9 ",
      " TRACE: 2 514e28b7 filter:OUTPUT:rule:0x1:DROP  -4 -t filter -A OUTPUT -p udp -m udp --dport 9 -j DROP",
    ];
    expect(netplay(["run", "--world", "empty", "--trace", "s.sh"], { "s.sh": script })).toEqual({
      status: 0,
      stdout: [
        "$ iptables -A OUTPUT -p udp --dport 9 -j DROP",
        "$ echo hi | nc -u -w1 127.0.0.1 9",
        ...walk,
        "",
      ].join("\n"),
      stderr: "",
    });
    const { commands } = JSON.parse(
      netplay(["run", "--world", "empty", "--json", "--trace", "s.sh"], { "s.sh": script }).stdout,
    );
    expect(commands[0].trace).toEqual([]);
    expect(commands[1].trace.at(-1)).toEqual({
      kind: "verdict",
      netns: "host",
      table: "filter",
      chain: "OUTPUT",
      verdict: "DROP",
      num: 1,
    });
  });

  it("prints help", () => {
    for (const args of [["--help"], ["-h"], ["run", "--help"]]) {
      const { status, stdout } = netplay(args);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Usage: netplay run \[--world NAME\] \[--json\] \[--trace\] FILE\|-\n/);
      expect(stdout).toContain("--trace       after each command, the walk of its packets");
    }
  });
});

describe("netplay lab", () => {
  it("prints a bash script that runs the scenario's lines in namespaces of its own", () => {
    const { status, stdout, stderr } = netplay(["lab", "--world", "bare", "s.sh"], {
      "s.sh": "ping -c 1 198.18.0.7\n",
    });
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(stdout).toMatch(/^#!\/usr\/bin\/env bash\n# netplay lab: s\.sh \(world: bare\)/);
    expect(stdout).toContain("netplay_setup 'ip netns add router'\n");
    expect(stdout).toContain(
      "netplay_step 1 'ping -c 1 198.18.0.7'\nping -c 1 198.18.0.7\nnetplay_status 1\n",
    );
    expect(stdout).toMatch(
      /\nexec unshare --net --mount --pid --fork --kill-child=TERM --mount-proc bash -c "\$netplay_lab" netplay-lab\n$/,
    );
  });

  it.each([[["lab"]], [["lab", "a", "b"]], [["lab", "--trace", "a"]]])("is a usage error: %j", (args) => {
    expect(netplay(args)).toEqual({ status: 2, stdout: "", stderr: LAB_USAGE });
  });

  it("refuses an unknown world and an unreadable file as run does", () => {
    expect(netplay(["lab", "--world", "mars", "s.sh"], { "s.sh": "" })).toEqual({
      status: 2,
      stdout: "",
      stderr: netplay(["run", "--world", "mars", "s.sh"], { "s.sh": "" }).stderr,
    });
    expect(netplay(["lab", "missing.sh"])).toEqual({
      status: 1,
      stdout: "",
      stderr: "netplay: cannot read missing.sh: No such file or directory\n",
    });
  });

  it("prints its help", () => {
    const { status, stdout } = netplay(["lab", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: netplay lab \[--world NAME\] FILE\|-\n/);
    expect(netplay(["--help"]).stdout).toContain("\nUsage: netplay lab [--world NAME] FILE|-\n");
  });
});
