import { describe, expect, it } from "vitest";
import { splitCommands } from "./complete-input";

describe("splitCommands: what an interactive bash runs from entered lines", () => {
  it("runs each line, skipping blank and comment lines", () => {
    expect(splitCommands("iptables -S\n\n# rules\nip route")).toEqual({
      commands: ["iptables -S", "ip route"],
      rest: "",
    });
  });

  it("keeps a heredoc's body with its command, then runs what follows on its own", () => {
    const script = [
      "cat > rules.v4 <<'EOF'",
      "*filter",
      "-A INPUT -p tcp --dport 22 -j ACCEPT",
      "COMMIT",
      "EOF",
      "iptables-restore < rules.v4",
    ].join("\n");
    expect(splitCommands(script).commands).toEqual([
      "cat > rules.v4 <<'EOF'\n*filter\n-A INPUT -p tcp --dport 22 -j ACCEPT\nCOMMIT\nEOF",
      "iptables-restore < rules.v4",
    ]);
  });

  it("waits for a heredoc's terminator, with <<- stripping tabs before it", () => {
    expect(splitCommands("cat <<EOF\nhello")).toEqual({ commands: [], rest: "cat <<EOF\nhello" });
    expect(splitCommands("cat <<-EOF\n\thello\n\tEOF").commands).toEqual(["cat <<-EOF\n\thello\n\tEOF"]);
  });

  it("waits after an open quote, a trailing pipe or a backslash", () => {
    expect(splitCommands("ls\necho 'a")).toEqual({ commands: ["ls"], rest: "echo 'a" });
    expect(splitCommands("iptables -S |")).toEqual({ commands: [], rest: "iptables -S |" });
    expect(splitCommands("iptables -A INPUT \\\n-j ACCEPT").commands).toEqual([
      "iptables -A INPUT \\\n-j ACCEPT",
    ]);
  });

  it("hands a line bash refuses to the shell, which prints the error", () => {
    expect(splitCommands("echo )\nls").commands).toEqual(["echo )", "ls"]);
  });
});
