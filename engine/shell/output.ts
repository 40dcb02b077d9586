import type { Chunk, Stream } from "./command";
import { writeFile } from "./fs";
import type { World } from "../world";

/** What a command line printed, in order; consecutive writes to the same descriptor merge into one chunk. */
export class Transcript {
  private readonly pieces: { fd: 1 | 2; text: string }[] = [];

  get chunks(): readonly Chunk[] {
    return this.pieces;
  }

  write(fd: 1 | 2, text: string): void {
    if (text === "") return;
    const last = this.pieces.at(-1);
    if (last?.fd === fd) last.text += text;
    else this.pieces.push({ fd, text });
  }

  /** The stream a command sees when its descriptor `fd` goes to the terminal. */
  stream(fd: 1 | 2): Stream {
    return { write: (text) => this.write(fd, text) };
  }
}

/** A pipe between two stages of a pipeline: the next stage reads all of it as stdin. */
export class PipeBuffer implements Stream {
  text = "";

  write(text: string): void {
    this.text += text;
  }
}

/** A closed descriptor or `/dev/null`: writes vanish. */
export const discard: Stream = { write: () => {} };

/** `> file` truncates when the redirection is made, then every write appends. */
export function fileStream(world: World, path: string, append: boolean): Stream {
  writeFile(world, path, "", append);
  return { write: (text) => writeFile(world, path, text, true) };
}
