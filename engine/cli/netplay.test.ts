// The whole CLI as `npm run netplay` starts it: scripts/netplay.mjs (re)builds the bundle and runs it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

function netplay(args: string[], input = "") {
  const run = spawnSync("node", ["scripts/netplay.mjs", ...args], { cwd: root, input, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("netplay (process)", () => {
  it("runs as the bin a user runs, its shebang starting Node, the same as npm run netplay", () => {
    const script = "iptables -N WEB\niptables -A WEB -p tcp --dport 80 -j ACCEPT\niptables -S WEB\n";
    const viaNpm = netplay(["run", "--world", "empty", "-"], script);
    const bin = spawnSync(join(root, "dist-cli/netplay.cjs"), ["run", "--world", "empty", "-"], {
      input: script,
      encoding: "utf8",
    });
    expect(viaNpm.stdout).toBe(
      "$ iptables -N WEB\n$ iptables -A WEB -p tcp --dport 80 -j ACCEPT\n$ iptables -S WEB\n" +
        "-N WEB\n-A WEB -p tcp -m tcp --dport 80 -j ACCEPT\n",
    );
    expect({ status: bin.status, stdout: bin.stdout, stderr: bin.stderr }).toEqual(viaNpm);
  }, 60_000);

  it("runs a script from stdin and prints the transcript", () => {
    const script =
      "echo 'a b' | grep -c a\nfoo\ncat > rules.v4 <<'EOF'\n*filter\nEOF\ncat < nofile\necho $?\n";
    expect(netplay(["run", "-"], script)).toEqual({
      status: 0,
      stdout: [
        "$ echo 'a b' | grep -c a",
        "1",
        "$ foo",
        "bash: foo: command not found",
        "$ cat > rules.v4 <<'EOF'",
        "$ cat < nofile",
        "bash: line 6: nofile: No such file or directory",
        "$ echo $?",
        "1\n",
      ].join("\n"),
      stderr: "",
    });
  }, 30_000);

  it("prints JSON with --json and exits with the last command's status, in the Docker world unless told", () => {
    const { status, stdout } = netplay(["run", "--json", "-"], "echo hi\nfalse\n");
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      world: "docker",
      commands: [
        { command: "echo hi", output: [{ fd: 1, text: "hi\n" }], stdout: "hi\n", stderr: "", status: 0 },
        { command: "false", output: [], stdout: "", stderr: "", status: 1 },
      ],
    });
  }, 30_000);

  it("exits 2 with the usage line on a usage error, and 1 on a missing file", () => {
    expect(netplay(["run"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "netplay: usage: netplay run [--world NAME] [--json] [--trace] FILE|-\n",
    });
    expect(netplay(["run", "no/such/file.sh"])).toEqual({
      status: 1,
      stdout: "",
      stderr: "netplay: cannot read no/such/file.sh: No such file or directory\n",
    });
  }, 30_000);
});
