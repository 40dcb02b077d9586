import type { TraceEvent } from "../trace/events";
import type { Netns, World } from "../world";

/** One piece of what a command printed, kept in order so stdout and stderr interleave as on a terminal. */
export interface Chunk {
  readonly fd: 1 | 2;
  readonly text: string;
}

export interface Stream {
  write(text: string): void;
}

export interface CommandContext {
  readonly world: World;
  /** The namespace the command runs in (`host` unless `ip netns exec` or `docker exec` say otherwise). */
  readonly netns: Netns;
  /** argv[0] is the command name as typed (after a leading `sudo`). */
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly stdout: Stream;
  readonly stderr: Stream;
}

/** A playground command: prints through the context and returns its exit status, as a process would. */
export type Command = (ctx: CommandContext) => number;

/** What one script line did: the line as written, what it printed and its exit status. */
export interface CommandResult {
  readonly command: string;
  readonly output: readonly Chunk[];
  readonly status: number;
  /** The packets' steps, when the run was traced. */
  readonly trace?: readonly TraceEvent[];
}
