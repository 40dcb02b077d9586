import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWorld } from "../scenario/worlds";
import { createShellState, runLine, splitOutput, type CommandResult } from "../shell";
import type { World } from "../world";
import { commandLine } from "./command-line";
import { fuzzParameters } from "./config";
import { INVALID_IPTABLES } from "./iptables-invalid";

/** What the shell prints instead of a stack trace when a command throws: a bug, never a tool's message. */
const INTERNAL_ERROR = /internal error:/;

/** The shapes of iptables' own refusals (xtables_error and nft_strerror), as the real tool prints them. */
const IPTABLES_REFUSAL = [
  /^iptables v1\.8\.9 \(nf_tables\): [^\n]*(\n.*)*$/,
  /^iptables: [^\n]+\.$/,
  /^Bad argument `[^\n]*'\nTry `iptables -h' or 'iptables --help' for more information\.$/,
  /^Try `iptables -h' or 'iptables --help' for more information\.$/,
];

/** Runs a line as the app's worker does; a throw here is a failure of the property. */
function run(world: World, line: string): CommandResult {
  const result = runLine(world, line, "host", createShellState(), true);
  const { stdout, stderr } = splitOutput(result.output);
  expect(stdout + stderr, line).not.toMatch(INTERNAL_ERROR);
  expect(Number.isInteger(result.status), line).toBe(true);
  return result;
}

/** A plain `iptables …` line (no shell syntax) that fails must end with one of iptables' own messages. */
function expectIptablesWords(line: string, result: CommandResult): void {
  if (result.status === 0 || !/^iptables [\w ,.:/!=-]*$/.test(line)) return;
  const { stderr } = splitOutput(result.output);
  const refusal = stderr.replace(/^(Warning: .*\n|xt_iprange: .*\n)*/, "").trimEnd();
  expect(
    IPTABLES_REFUSAL.some((shape) => shape.test(refusal)),
    `${line}\n${stderr}`,
  ).toBe(true);
}

describe("any command line", () => {
  it("never throws out of the engine, on a fresh host", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(commandLine, { minLength: 1, maxLength: 3 }), (lines) => {
        const world = createWorld("empty");
        for (const line of lines) expectIptablesWords(line, run(world, line));
      }),
      fuzzParameters(10_000),
    );
  });

  it("never throws out of the engine, on the Docker host as it changes", { timeout: 600_000 }, () => {
    // One world for the whole run, so lines meet containers, networks and rules earlier lines made;
    // the run is replayed whole from its seed.
    const world = createWorld("docker");
    fc.assert(
      fc.property(commandLine, (line) => expectIptablesWords(line, run(world, line))),
      fuzzParameters(5_000),
    );
  });
});

describe("an invalid iptables line prints iptables 1.8.9's words", () => {
  it.each(INVALID_IPTABLES)("$line", ({ line, status, stderr }) => {
    const result = run(createWorld("empty"), line);
    expect(splitOutput(result.output)).toEqual({ stdout: "", stderr });
    expect(result.status).toBe(status);
  });
});
