// Expected texts were recorded from bash 5.2 reading the script on stdin (`bash < script`), except
// `command not found`, which the playground prints without a line number by contract.
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { runLine, runScript } from "./script";
import { createShellState } from "./state";
import { runText } from "./testing";

describe("quoting and expansion", () => {
  it.each([
    [
      `echo 'single $HOME "dq"' "double 'sq' \\$x \\" \\\\ \\\` end" a\\ b\\$c`,
      `single $HOME "dq" double 'sq' $x " \\ \` end a b$c\n`,
    ],
    [`echo "a\\nb" 'a\\nb' a\\\\nb "\\a"`, "a\\nb a\\nb a\\nb \\a\n"],
    [
      `x=hello; y="two  words"; echo $x "$x" $y "$y" \${x}z "\${y}"`,
      "hello hello two words two  words helloz two  words\n",
    ],
    [`echo $UNSET foo "$UNSET" bar ''`, "foo  bar \n"],
    ["echo a#b #comment", "a#b\n"],
    [`echo "#not" '#not' \\#not`, "#not #not #not\n"],
    ["echo a;echo b ; echo c", "a\nb\nc\n"],
    [`v='a   b'; echo $v; echo "$v"`, "a b\na   b\n"],
    ['echo "${UNSET}x" $?x', "x 0x\n"],
    ["echo 'multi\nline' \\\n  continued", "multi\nline continued\n"],
    ["echo a |\n  grep a", "a\n"],
  ])("%s", (script, expected) => {
    expect(runText(script).text).toBe(expected);
  });
});

describe("status, && and ||", () => {
  it("expands $? to the last status", () => {
    expect(runText("echo $?; false; echo $?; true; echo $?\nnope; echo $?").text).toBe(
      "0\n1\n0\nbash: nope: command not found\n127\n",
    );
  });

  it("runs && and || by status", () => {
    const script =
      "true && echo and1 || echo or1\nfalse && echo and2 || echo or2\nfalse || false || echo or3";
    expect(runText(script).text).toBe("and1\nor2\nor3\n");
  });

  it("takes a pipeline's status from its last stage", () => {
    expect(runText("false | true; echo $?; true | false; echo $?").text).toBe("0\n1\n");
  });

  it("keeps assignments of a lone command only", () => {
    expect(runText('x=1 | true; echo "[$x]"; x=2; echo $x; x=3 echo hi; echo $x').text).toBe(
      "[]\n2\nhi\n2\n",
    );
  });

  it("drops a leading sudo", () => {
    expect(runText("sudo echo root | sudo tee f; cat f").text).toBe("root\nroot\n");
  });

  it("runs a background command in place, printing no job line, and sets $? to 0", () => {
    expect(runText("false &\necho $?").text).toBe("0\n");
    expect(runText("echo one &").results[0]).toEqual({
      command: "echo one &",
      output: [{ fd: 1, text: "one\n" }],
      status: 0,
    });
  });
});

describe("errors", () => {
  it("says command not found with status 127", () => {
    const [result] = runScript(createWorld("empty"), "echo ok\nfoo --bar").slice(1);
    expect(result).toEqual({
      command: "foo --bar",
      output: [{ fd: 2, text: "bash: foo: command not found\n" }],
      status: 127,
    });
  });

  it("reports a missing input file with the script line", () => {
    const { text, status } = runText("echo first\ncat < rules.v4");
    expect(text).toBe("first\nbash: line 2: rules.v4: No such file or directory\n");
    expect(status).toBe(1);
  });

  it.each([
    ["echo hi > $nothing", "bash: line 1: $nothing: ambiguous redirect\n", 1],
    ['echo hi > ""', "bash: line 1: : No such file or directory\n", 1],
    ["echo x >&3", "bash: line 1: 3: Bad file descriptor\n", 1],
  ])("%s", (script, expected, status) => {
    expect(runText(script)).toMatchObject({ text: expected, status });
  });

  it.each([
    [
      "echo a && && b\necho never",
      "bash: line 1: syntax error near unexpected token `&&'\nbash: line 1: `echo a && && b'\n",
    ],
    [
      "echo ok; echo a | | b",
      "bash: line 1: syntax error near unexpected token `|'\nbash: line 1: `echo ok; echo a | | b'\n",
    ],
    ["echo (x)", "bash: line 1: syntax error near unexpected token `x'\nbash: line 1: `echo (x)'\n"],
    ["echo >", "bash: line 1: syntax error near unexpected token `newline'\nbash: line 1: `echo >'\n"],
    ["echo first\necho a |", "first\nbash: line 3: syntax error: unexpected end of file\n"],
    ['echo first\necho "abc\ndef', "first\nbash: line 2: unexpected EOF while looking for matching `\"'\n"],
  ])("stops at a syntax error: %j", (script, expected) => {
    expect(runText(script)).toMatchObject({ text: expected, status: 2 });
  });

  it("says plainly what the playground shell does not do", () => {
    expect(runText("echo $(date)\necho never").text).toBe(
      "netplay: line 1: command substitution $(...) is not supported by the playground shell\n",
    );
    expect(runText("if true; then echo; fi").text).toBe(
      `netplay: line 1: bash's "if" is not supported by the playground shell\n`,
    );
  });

  it("turns an exception inside a command into an internal error, not a stack trace", () => {
    const world = createWorld("empty");
    Object.defineProperty(world.files, "get", { value: () => { throw new Error("boom"); } }); // prettier-ignore
    expect(runText("cat f; echo $?", world).text).toBe("bash: cat: internal error: boom\n1\n");
  });
});

describe("redirections", () => {
  it("writes, appends and reads files, with ./x and x the same file", () => {
    const { text, world } = runText("echo one > f; echo two >> ./f; cat f; cat < ./f");
    expect(text).toBe("one\ntwo\none\ntwo\n");
    expect(world.files.get("f")).toBe("one\ntwo\n");
  });

  it("sends stderr where 2> and 2>&1 say, in order", () => {
    const script = [
      "cat nofile 2>/dev/null; echo $?",
      "cat nofile 2> errs; cat errs",
      "cat nofile > out 2>&1; cat out",
      "cat nofile 2>&1 > out2; cat out2",
      "cat nofile 2>&1 | grep -c No",
      "echo to-stderr >&2 | grep x",
      "echo w &> both; cat nofile &>> both; cat both",
    ].join("\n");
    expect(runText(script).text).toBe(
      [
        "1",
        "cat: nofile: No such file or directory",
        "cat: nofile: No such file or directory",
        "cat: nofile: No such file or directory",
        "1",
        "to-stderr",
        "w",
        "cat: nofile: No such file or directory\n",
      ].join("\n"),
    );
  });

  it("keeps stdout and stderr interleaved as written", () => {
    const [result] = runScript(createWorld("empty"), "echo a; cat nofile; echo b");
    expect(result?.output).toEqual([
      { fd: 1, text: "a\n" },
      { fd: 2, text: "cat: nofile: No such file or directory\n" },
      { fd: 1, text: "b\n" },
    ]);
  });

  it("discards writes to /dev/null and creates a file for a bare redirection", () => {
    const { text, world } = runText("echo x >/dev/null 2>/dev/null; x=1 > created; cat created; echo $x");
    expect(text).toBe("1\n");
    expect([...world.files.keys()]).toEqual(["created"]);
  });

  it("feeds a here-string as stdin", () => {
    expect(runText('grep -q a <<< "abc" && echo found').text).toBe("found\n");
  });
});

describe("heredocs", () => {
  it("writes a quoted heredoc verbatim into a file, and the command shows only its first line", () => {
    const script = "cat > rules.v4 <<'EOF'\n*filter\n-A INPUT -s $x -j DROP\nCOMMIT\nEOF\ncat rules.v4\n";
    const { results } = runText(script);
    expect(results.map((r) => r.command)).toEqual(["cat > rules.v4 <<'EOF'", "cat rules.v4"]);
    expect(results[1]?.output).toEqual([{ fd: 1, text: "*filter\n-A INPUT -s $x -j DROP\nCOMMIT\n" }]);
  });

  it("expands an unquoted heredoc when the command runs", () => {
    const script = "x=10.0.0.1\nfalse\ncat <<EOF\n-s $x \\$x \\\\ \"q\" 'q' $?\ntwo\\\nthree\nEOF";
    expect(runText(script).text).toBe("-s 10.0.0.1 $x \\ \"q\" 'q' 1\ntwothree\n");
  });

  it("strips leading tabs with <<- and pipes a heredoc", () => {
    expect(runText("cat <<-'EOF' | grep -v skip\n\tkeep\n\t\tskip me\n\tEOF").text).toBe("keep\n");
  });

  it("reads several heredocs of one line in order", () => {
    expect(runText("cat > f <<'A'; cat > g <<'B'\naaa\nA\nbbb\nB\ncat f g").text).toBe("aaa\nbbb\n");
  });

  it("ends a body cut short by the end of the script with a newline, tabs stripped with <<-", () => {
    const warning = (line: number) =>
      `bash: line ${line}: warning: here-document at line 1 delimited by end-of-file (wanted \`EOF')\n`;
    expect(runText("cat <<EOF\nno trailing").text).toBe(`${warning(2)}no trailing\n`);
    expect(runText("cat <<-EOF\n\t\ta\n\tb").text).toBe(`${warning(3)}a\nb\n`);
  });

  it("warns when the script ends inside a heredoc, and still runs it", () => {
    expect(runText("echo first\ncat <<EOF\nabc $?").text).toBe(
      "first\nbash: line 3: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\nabc 0\n",
    );
  });
});

describe("runScript and runLine", () => {
  it("skips blank and comment lines and reports each command line as written", () => {
    const results = runScript(
      createWorld("empty"),
      "# setup\n\necho a \\\n  b\n   # indented comment\necho c # note\n",
    );
    expect(results.map((r) => [r.command, r.status])).toEqual([
      ["echo a \\\n  b", 0],
      ["echo c # note", 0],
    ]);
  });

  it("runs one line, keeping $? and variables in a shell state the caller holds", () => {
    const world = createWorld("empty");
    const shell = createShellState();
    expect(runLine(world, "x=5; false", "host", shell).status).toBe(1);
    expect(runLine(world, "echo $x $?", "host", shell)).toEqual({
      command: "echo $x $?",
      output: [{ fd: 1, text: "5 1\n" }],
      status: 0,
    });
  });

  it("refuses a namespace that does not exist", () => {
    expect(runLine(createWorld("empty"), "echo hi", "ns1")).toEqual({
      command: "echo hi",
      output: [{ fd: 2, text: 'Cannot open network namespace "ns1": No such file or directory\n' }],
      status: 1,
    });
  });
});
