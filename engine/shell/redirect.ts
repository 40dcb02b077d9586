import type { Redirect } from "./ast";
import type { Stream } from "./command";
import { shellErrors } from "./errors";
import { expandToString, expandWord } from "./expand";
import { DEV_NULL, readFile } from "./fs";
import { discard, fileStream } from "./output";
import type { ShellState } from "./state";
import type { World } from "../world";

/** A command's open descriptors: stdin as text, and where each output descriptor writes. */
export interface Io {
  readonly stdin: string;
  readonly fds: ReadonlyMap<number, Stream>;
}

/** Applies redirections left to right as bash does (`> f 2>&1` differs from `2>&1 > f`). */
export function applyRedirects(
  redirects: readonly Redirect[],
  io: Io,
  world: World,
  shell: ShellState,
  line: number,
): Io | { readonly error: string } {
  let stdin = io.stdin;
  const fds = new Map(io.fds);
  for (const redirect of redirects) {
    if (redirect.kind === "heredoc") {
      if ((redirect.fd ?? 0) === 0) stdin = expandToString(redirect.body, shell);
      continue;
    }
    const { op, target } = redirect;
    if (op === "<<<") {
      if ((redirect.fd ?? 0) === 0) stdin = `${expandToString(target, shell)}\n`;
      continue;
    }
    const fields = expandWord(target, shell);
    if (fields.length !== 1) return { error: shellErrors.ambiguousRedirect(line, target.raw) };
    const path = fields[0]!;
    if (op === ">&" && /^(\d+|-)$/.test(path)) {
      const source = path === "-" ? discard : fds.get(Number(path));
      if (!source) return { error: shellErrors.badFileDescriptor(line, path) };
      fds.set(redirect.fd ?? 1, source);
      continue;
    }
    // `>&file` means `&>file`; with a number before it (`2>&file`) bash refuses.
    if (op === ">&" && redirect.fd !== undefined)
      return { error: shellErrors.ambiguousRedirect(line, target.raw) };
    if (path === "") return { error: shellErrors.noSuchFile(line, path) };
    if (op === "<") {
      const text = readFile(world, path);
      if (text === undefined) return { error: shellErrors.noSuchFile(line, path) };
      if ((redirect.fd ?? 0) === 0) stdin = text;
      continue;
    }
    const append = op === ">>" || op === "&>>";
    const stream = openForWriting(world, path, append, fds);
    if (op === "&>" || op === "&>>" || op === ">&") {
      fds.set(1, stream);
      fds.set(2, stream);
    } else {
      fds.set(redirect.fd ?? 1, stream);
    }
  }
  return { stdin, fds };
}

/** `/dev/stdout` and `/dev/stderr` name the descriptors as they are now; `/dev/null` swallows. */
function openForWriting(
  world: World,
  path: string,
  append: boolean,
  fds: ReadonlyMap<number, Stream>,
): Stream {
  if (path === DEV_NULL) return discard;
  if (path === "/dev/stdout") return fds.get(1) ?? discard;
  if (path === "/dev/stderr") return fds.get(2) ?? discard;
  return fileStream(world, path, append);
}
