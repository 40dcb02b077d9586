import { describe, expect, it } from "vitest";
import { runLine, runScript } from "../shell";
import type { ScenarioDocument } from "./document";
import { inNetns, scenarioScript } from "./document-script";
import { createWorld } from "./worlds";

const DOC: ScenarioDocument = {
  version: 1,
  world: "docker",
  commands: [
    { netns: "host", line: "docker run -d --name web2 -p 8081:80 nginx" },
    { netns: "web2", line: "ip -4 -br addr | grep eth0 && ip route" },
    { netns: "host", line: "cat > note <<'EOF'\nsee 'here'\nEOF" },
    { netns: "laptop", line: "curl -s -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/" },
  ],
  layout: {},
};

const text = (output: readonly { text: string }[]) => output.map((chunk) => chunk.text).join("");

describe("inNetns", () => {
  it("leaves host lines alone and prefixes each simple command of another namespace's line", () => {
    expect(inNetns("host", "iptables -S | grep X")).toBe("iptables -S | grep X");
    expect(inNetns("web", "iptables  -S")).toBe("ip netns exec web iptables -S");
    expect(inNetns("web", "iptables -S | grep 'a b' && nc -z 1.2.3.4 80; echo $? 2>&1")).toBe(
      "ip netns exec web iptables -S | ip netns exec web grep 'a b' && ip netns exec web nc -z 1.2.3.4 80 ; ip netns exec web echo $? 2>&1",
    );
  });

  it("keeps heredoc bodies, and prefixes a line it cannot read once", () => {
    expect(inNetns("web", "cat > f <<'EOF'\na | b\nEOF")).toBe(
      "ip netns exec web cat >f <<'EOF'\na | b\nEOF",
    );
    expect(inNetns("web", "echo 'open\nquote'")).toBe("ip netns exec web echo 'open\nquote'");
  });
});

describe("scenarioScript", () => {
  it("writes the world as a comment and each line as typed, in its namespace", () => {
    expect(scenarioScript(DOC)).toBe(
      "# netplay run --world docker FILE\n" +
        "docker run -d --name web2 -p 8081:80 nginx\n" +
        "ip netns exec web2 ip -4 -br addr | ip netns exec web2 grep eth0 && ip netns exec web2 ip route\n" +
        "cat > note <<'EOF'\nsee 'here'\nEOF\n" +
        "ip netns exec laptop curl -s -o /dev/null -w '%{http_code}\\n' http://192.168.31.228:8081/\n",
    );
  });

  it("prints, run by netplay, what the lines printed in their terminals", () => {
    const typed = createWorld("docker");
    const expected = DOC.commands.map(({ netns, line }) => text(runLine(typed, line, netns).output));
    const scripted = runScript(createWorld("docker"), scenarioScript(DOC)).map((r) => text(r.output));
    expect(scripted).toEqual(expected);
    expect(scripted[3]).toBe("200\n");
  });
});
