#!/usr/bin/env node
// Records what the real tools print for each golden script: node scripts/record-golden.mjs FILE.sh…
// Each script runs in its own throwaway network namespace (never the machine's own firewall),
// one command line at a time under bash, in a scratch directory so files persist between lines.
// Writes FILE.json beside it: [{ command, output (stdout+stderr as the terminal shows them), status }].
//
// Directives in a script's comments, for the ip goldens:
//   # record: lo-up        brings lo up first, as the playground's booted host has it.
//   # record: nsenter      records in an unnamed namespace (held by `unshare --net sleep`) entered with
//                          nsenter: like the playground's host it has no /run/netns name, and it keeps
//                          the machine's mount namespace so that `ip netns add` inside makes a usable
//                          namespace (but /sys stays the root namespace's: no brctl in such scripts).
//   # record: settle=SECS  waits after each command that changes a device, so that linkwatch
//                          (carrier, operstate) and IPv6 DAD have run: the settled state the engine models.
// Namespaces a script makes with `ip netns add` are deleted afterwards, whatever happened.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
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

/** A command that may change a device's state: up/down, carrier, membership, namespace. */
const changesDevices = (text) =>
  /\b(ip|bridge)\b.*\b(link|netns)\b.*\b(add|set|del|delete|exec)\b/.test(text) || /\bbrctl\b/.test(text);

const sleep = (seconds) => spawnSync("sleep", [String(seconds)]);

/** A named throwaway namespace, entered with `ip netns exec`. */
function namedNamespace() {
  const ns = `npgold${process.pid}`;
  execFileSync("ip", ["netns", "add", ns]);
  return { enter: ["ip", "netns", "exec", ns], close: () => execFileSync("ip", ["netns", "del", ns]) };
}

/** An unnamed throwaway namespace that a sleeping process holds, entered with nsenter. */
function unnamedNamespace() {
  const holder = spawn("unshare", ["--net", "sleep", "86400"], { stdio: "ignore" });
  const path = `/proc/${holder.pid}/ns/net`;
  const own = readlinkSync("/proc/self/ns/net");
  while (readlinkSync(path) === own) sleep(0.05);
  return { enter: ["nsenter", `--net=${path}`], close: () => holder.kill() };
}

function record(file) {
  const script = readFileSync(file, "utf8");
  const settle = Number(/^# record: settle=([\d.]+)/m.exec(script)?.[1] ?? 0);
  const made = [...script.matchAll(/\bip netns add (\S+)/g)].map((m) => m[1]);
  const ns = /^# record: nsenter/m.test(script) ? unnamedNamespace() : namedNamespace();
  const [command, ...enterArgs] = ns.enter;
  const dir = mkdtempSync(join(tmpdir(), "npgold-"));
  try {
    if (/^# record: lo-up/m.test(script))
      execFileSync(command, [...enterArgs, "ip", "link", "set", "lo", "up"]);
    const results = commandsOf(script).map(({ first, text }) => {
      const run = spawnSync(command, [...enterArgs, "bash", "-c", `exec 2>&1; ${text}`], {
        cwd: dir,
        encoding: "utf8",
      });
      if (settle && changesDevices(text)) sleep(settle);
      return { command: first, output: run.stdout, status: run.status };
    });
    writeFileSync(file.replace(/\.sh$/, ".json"), JSON.stringify(results, null, 2) + "\n");
    console.log(`${file}: ${results.length} commands recorded`);
  } finally {
    for (const name of made) spawnSync("ip", ["netns", "del", name]);
    ns.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const file of process.argv.slice(2)) record(file);
