import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runScript, splitOutput } from "../shell";
import { viewOf } from "../view";
import type { World } from "../world";

/**
 * A command that fails must leave the world as it found it (every namespace, device, route, rule,
 * conntrack entry and Docker object, as the app's view shows them) and say why in the tool's words.
 */
function failsCleanly(world: World, script: string): { stderr: string; status: number } {
  const before = viewOf(world);
  const results = runScript(world, script);
  const last = results.at(-1)!;
  expect(viewOf(world)).toEqual(before);
  return { stderr: splitOutput(last.output).stderr, status: last.status };
}

const RESTORE_TRY = "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n";

/** iptables-restore 1.8.9 (nf_tables), each recorded in a fresh namespace with these files. */
describe("iptables-restore with a bad line changes nothing", () => {
  const restore = (rules: string) => `iptables-restore <<'RULES'\n${rules}RULES\n`;
  const world = () => {
    const w = createWorld("empty");
    runScript(w, "iptables -A INPUT -j ACCEPT\niptables -t nat -A POSTROUTING -j MASQUERADE");
    return w;
  };

  it("a parse error names its line", () => {
    const text =
      "*filter\n:INPUT DROP [0:0]\n-F\n-A INPUT -j DROP\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n";
    expect(failsCleanly(world(), restore(text))).toEqual({
      stderr: `iptables-restore v1.8.9 (nf_tables): invalid port/service \`99999' specified\nError occurred at line: 5\n${RESTORE_TRY}`,
      status: 2,
    });
  });

  it("a word that is no option", () => {
    expect(failsCleanly(world(), restore("*filter\n-A INPUT -j DROP\nbogus line\nCOMMIT\n"))).toEqual({
      stderr: `Bad argument \`bogus'\nError occurred at line: 3\n${RESTORE_TRY}`,
      status: 2,
    });
  });

  it("a jump to an unknown chain is found at COMMIT, and its line is COMMIT's", () => {
    const text = "*filter\n-A INPUT -j NOSUCH\n-A INPUT -j DROP\n-A INPUT -j DROP\nCOMMIT\n";
    expect(failsCleanly(world(), restore(text))).toEqual({
      stderr: `iptables-restore v1.8.9 (nf_tables): Chain 'NOSUCH' does not exist\nError occurred at line: 5\n${RESTORE_TRY}`,
      status: 2,
    });
  });

  it("a rule the kernel refuses fails the whole table", () => {
    const text = "*nat\n-A POSTROUTING -j ACCEPT\n-A INPUT -j DNAT --to-destination 1.2.3.4\nCOMMIT\n";
    expect(failsCleanly(world(), restore(text))).toEqual({
      stderr:
        "iptables-restore v1.8.9 (nf_tables): \nline 3: RULE_APPEND failed (Invalid argument): rule in chain INPUT\n",
      status: 4,
    });
  });

  it("a table without COMMIT is not applied", () => {
    expect(failsCleanly(world(), restore("*filter\n-F\n-A INPUT -j DROP\n"))).toEqual({
      stderr: "iptables-restore: COMMIT expected at line 4\n",
      status: 1,
    });
  });
});

describe("a failing docker run changes nothing", () => {
  const world = () => {
    const w = createWorld("docker");
    runScript(w, "docker run -d --name web -p 8080:80 nginx");
    return w;
  };

  it("when the name is taken", () => {
    const w = world();
    const id = splitOutput(runScript(w, "docker inspect -f '{{.Id}}' web")[0]!.output).stdout.trim();
    expect(failsCleanly(w, "docker run -d --name web nginx")).toEqual({
      stderr: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.\n`,
      status: 125,
    });
  });

  it("when the network does not exist", () => {
    expect(failsCleanly(world(), "docker run -d --network nosuch nginx")).toEqual({
      stderr: "docker: Error response from daemon: network nosuch not found.\nSee 'docker run --help'.\n",
      status: 125,
    });
  });
});

describe("a failing compose file changes nothing", () => {
  const compose = (yaml: string) => `cat > compose.yaml <<'YAML'\n${yaml}YAML\ndocker compose up -d\n`;

  it("with a service on an undeclared network", () => {
    const yaml = "services:\n  web:\n    image: nginx\n    networks: [front]\n";
    expect(failsCleanly(createWorld("docker"), compose(yaml))).toEqual({
      stderr: 'service "web" refers to undefined network front: invalid compose project\n',
      status: 15,
    });
  });

  it("with a service without an image", () => {
    expect(failsCleanly(createWorld("docker"), compose("services:\n  web: [\n"))).toEqual({
      stderr: 'service "web" has neither an image nor a build context specified: invalid compose project\n',
      status: 15,
    });
  });

  it("with a file that is not YAML", () => {
    const yaml = "services:\n  web:\n    image: nginx\n  oops\n";
    expect(failsCleanly(createWorld("docker"), compose(yaml))).toEqual({
      stderr: "yaml: line 4: could not find expected ':'\n",
      status: 15,
    });
  });
});

describe("a docker run whose port is allocated", () => {
  it("leaves only the created container, as dockerd does, and nothing on the network", () => {
    const w = createWorld("docker");
    runScript(w, "docker run -d --name web -p 8080:80 nginx");
    const before = viewOf(w);
    const [run] = runScript(w, "docker run -d --name web2 -p 8080:80 nginx");
    const after = viewOf(w);
    expect(after.namespaces).toEqual(before.namespaces);
    expect(after.docker?.containers.map((c) => [c.name, c.state])).toEqual([
      ["web", "running"],
      ["web2", "created"],
    ]);
    const { stderr } = splitOutput(run!.output);
    expect(stderr).toMatch(
      /^docker: Error response from daemon: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\.\n$/,
    );
    expect(run!.status).toBe(125);
  });
});
