#!/usr/bin/env node
// Records what the real tools print for each golden script: node scripts/record-golden.mjs FILE.sh…
// Each script runs in its own throwaway network namespace (never the machine's own firewall),
// one command line at a time under bash, in a scratch directory so files persist between lines.
// Writes FILE.json beside it: [{ command, output (stdout+stderr as the terminal shows them), status }].
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Splits a script into command lines the way netplay does: comments and blanks dropped, heredocs kept whole. */
function commandsOf(script) {
  const lines = script.split("\n");
  const commands = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const heredoc = /<<-?\s*'?"?(\w+)'?"?/.exec(line);
    if (!heredoc) {
      commands.push({ first: line, text: line });
      continue;
    }
    const body = [line];
    while (++i < lines.length && lines[i].trim() !== heredoc[1]) body.push(lines[i]);
    body.push(heredoc[1]);
    commands.push({ first: line, text: body.join("\n") });
  }
  return commands;
}

for (const file of process.argv.slice(2)) {
  const ns = `npgold${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), "npgold-"));
  execFileSync("ip", ["netns", "add", ns]);
  try {
    const results = commandsOf(readFileSync(file, "utf8")).map(({ first, text }) => {
      const run = spawnSync("ip", ["netns", "exec", ns, "bash", "-c", `exec 2>&1; ${text}`], {
        cwd: dir,
        encoding: "utf8",
      });
      return { command: first, output: run.stdout, status: run.status };
    });
    writeFileSync(file.replace(/\.sh$/, ".json"), JSON.stringify(results, null, 2) + "\n");
    console.log(`${file}: ${results.length} commands recorded`);
  } finally {
    execFileSync("ip", ["netns", "del", ns]);
    rmSync(dir, { recursive: true, force: true });
  }
}
