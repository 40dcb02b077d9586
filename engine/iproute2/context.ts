import type { Netns, World } from "../world";

/** What one `ip` invocation works with: the namespace (`-n` may change it) and the global options. */
export interface IpContext {
  readonly world: World;
  readonly netns: Netns;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `-br`: one line per device. */
  readonly brief: boolean;
  /** `-4` / `-6`: only that family's addresses and routes. */
  readonly family?: 4 | 6;
  /** The original command line's stdin, for commands `ip netns exec` runs. */
  readonly stdin: string;
}
