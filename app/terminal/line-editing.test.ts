import { describe, expect, it } from "vitest";
import { HistoryCursor } from "./history-cursor";
import { readKeys, takePastedLines } from "./keys";
import { commonPrefix, edit, insert, lineOf, replaceBefore } from "./line-editor";
import { drawArea, eraseArea, toAreaEnd } from "./prompt-area";
import { columns } from "./transcript";

describe("readKeys", () => {
  it("reads xterm's editing keys and a paste's lines", () => {
    expect(readKeys("ls -l\r\x1b[A\x1b[D\x1b[3~\x1bOH\x01\x05\x15\x0b\x17\t\x03\x0c\x7f")).toEqual([
      { kind: "text", text: "ls -l" },
      { kind: "accept-line" },
      { kind: "previous-history" },
      { kind: "backward-char" },
      { kind: "delete-char" },
      { kind: "beginning-of-line" },
      { kind: "beginning-of-line" },
      { kind: "end-of-line" },
      { kind: "unix-line-discard" },
      { kind: "kill-line" },
      { kind: "unix-word-rubout" },
      { kind: "complete" },
      { kind: "interrupt" },
      { kind: "clear-screen" },
      { kind: "backward-delete-char" },
    ]);
    expect(readKeys("a\r\nb\n\x1b[1;5D")).toEqual([
      { kind: "text", text: "a" },
      { kind: "accept-line" },
      { kind: "text", text: "b" },
      { kind: "accept-line" },
    ]);
  });
});

describe("line editing", () => {
  const line = { text: "iptables -A INPUT -j DROP", cursor: 17 };

  it("moves, deletes and kills as readline's emacs keys do", () => {
    expect(edit(line, "backward-delete-char")).toEqual({ text: "iptables -A INPU -j DROP", cursor: 16 });
    expect(edit(line, "delete-char")).toEqual({ text: "iptables -A INPUT-j DROP", cursor: 17 });
    expect(edit(line, "unix-word-rubout")).toEqual({ text: "iptables -A  -j DROP", cursor: 12 });
    expect(edit(line, "unix-line-discard")).toEqual({ text: " -j DROP", cursor: 0 });
    expect(edit(line, "kill-line")).toEqual({ text: "iptables -A INPUT", cursor: 17 });
    expect(edit(line, "end-of-line").cursor).toBe(25);
    expect(edit({ text: "ls", cursor: 0 }, "backward-char")).toEqual({ text: "ls", cursor: 0 });
  });

  it("inserts at the cursor and completes the word before it", () => {
    expect(insert({ text: "ip a", cursor: 3 }, "-br ")).toEqual({ text: "ip -br a", cursor: 7 });
    expect(replaceBefore({ text: "iptables -A IN -j", cursor: 14 }, 12, "INPUT ")).toEqual({
      text: "iptables -A INPUT  -j",
      cursor: 18,
    });
    expect(commonPrefix(["DOCKER", "DOCKER-USER", "DOCKER-CT"])).toBe("DOCKER");
  });
});

describe("history", () => {
  it("walks back and forth, and gives back the line being typed", () => {
    const history = new HistoryCursor(["iptables -S", "ip route"]);
    expect(history.previous("ip a")).toBe("ip route");
    expect(history.previous("ip route")).toBe("iptables -S");
    expect(history.previous("iptables -S")).toBeUndefined();
    expect(history.next()).toBe("ip route");
    expect(history.next()).toBe("ip a");
    expect(history.next()).toBeUndefined();
  });
});

describe("the prompt area", () => {
  const area = { prompt: "/ # ", line: lineOf("ip a"), startCol: 0 };

  it("draws the prompt in bold green and puts the cursor on the line's cursor", () => {
    expect(drawArea(area, 80)).toBe("\x1b[1;32m/ # \x1b[0mip a\r\x1b[8C");
    expect(drawArea({ ...area, line: { text: "ip a", cursor: 0 } }, 80)).toBe(
      "\x1b[1;32m/ # \x1b[0mip a\r\x1b[4C",
    );
  });

  it("counts wrapped rows to go back up and erase, from where the area started", () => {
    const long = { prompt: "/ # ", line: { text: "x".repeat(12), cursor: 2 }, startCol: 3 };
    // 3 + 4 + 12 = 19 columns on a 10-column screen: rows 0 and 1; the cursor at column 9 of row 0.
    expect(drawArea(long, 10)).toBe("\x1b[1;32m/ # \x1b[0mxxxxxxxxxxxx\x1b[1A\r\x1b[9C");
    expect(eraseArea(long, 10)).toBe("\x1b[4G\x1b[J");
    expect(toAreaEnd(long, 10)).toBe("\x1b[1B\x1b[10G");
    expect(eraseArea({ ...long, line: lineOf("x".repeat(12)) }, 10)).toBe("\x1b[1A\x1b[4G\x1b[J");
  });

  it("moves onto the next row when the line fills its last row", () => {
    const full = { prompt: "# ", line: lineOf("12345678"), startCol: 0 };
    expect(drawArea(full, 10)).toBe("\x1b[1;32m# \x1b[0m12345678 \b\r");
  });

  it("shows a recalled command's further lines after PS2", () => {
    expect(drawArea({ prompt: "# ", line: lineOf("cat <<E\nE"), startCol: 0 }, 80)).toBe(
      "\x1b[1;32m# \x1b[0mcat <<E\r\n> E\r\x1b[3C",
    );
  });
});

describe("listing candidates", () => {
  it("lists in columns sorted down each column, as readline does", () => {
    expect(columns(["ACCEPT", "DNAT", "DROP", "LOG", "MARK"], 24)).toBe(
      "ACCEPT  DROP    MARK\r\nDNAT    LOG\r\n",
    );
  });
});

describe("takePastedLines", () => {
  it("takes the whole lines after an Enter, blank ones too, and leaves an unfinished last line", () => {
    const queued = readKeys("iptables -S\r\rcat <<'EOF'\rx\rEOF\rpartial");
    queued.splice(0, 2); // the first line and its Enter, read by the caller
    expect(takePastedLines(queued)).toEqual(["", "cat <<'EOF'", "x", "EOF"]);
    expect(queued).toEqual([{ kind: "text", text: "partial" }]);
  });
});
