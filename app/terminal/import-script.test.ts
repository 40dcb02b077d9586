import { describe, expect, it } from "vitest";
import { splitCommands } from "../../engine/shell/complete-input";
import { createWorld } from "../../engine/scenario/worlds";
import { runLine } from "../../engine/shell";
import { importCommands } from "./import-script";

const DUMP =
  "*filter\r\n:INPUT ACCEPT [0:0]\r\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\r\nEOF\r\nCOMMIT\r\n";

describe("importCommands", () => {
  it("writes an iptables-save dump through a heredoc whose delimiter is not a line of it", () => {
    expect(importCommands("iptables-save", DUMP)).toEqual([
      "cat > rules.v4 <<'EOF1'\n*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nEOF\nCOMMIT\nEOF1",
      "iptables-restore < rules.v4",
    ]);
  });

  it("brings a compose file up", () => {
    expect(importCommands("compose", "services:\n  web:\n    image: nginx\n")).toEqual([
      "cat > compose.yml <<'EOF'\nservices:\n  web:\n    image: nginx\nEOF",
      "docker compose -f compose.yml up -d",
    ]);
  });

  it("gives commands the shell reads back one by one and runs", () => {
    const world = createWorld("bare");
    const lines = importCommands("iptables-save", DUMP.replace("EOF\r\n", ""));
    expect(splitCommands(lines.join("\n")).commands).toEqual(lines);
    for (const line of lines) expect(runLine(world, line).status).toBe(0);
    expect(runLine(world, "iptables -S INPUT").output).toEqual([
      { fd: 1, text: "-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n" },
    ]);
  });
});
