import type { Hook } from "./hooks";
import type { TableName } from "./tables";
import type { Netns, World } from "../world";
import type { Packet } from "../stack/packet";

/**
 * What a match or target sees besides the packet while a table runs (struct xt_action_param):
 * where it runs, and the world for the clock and the seeded randomness.
 */
export interface XtContext {
  readonly world: World;
  readonly netns: Netns;
  readonly hook: Hook;
  readonly table: TableName;
  /** The stack's services a target may call: send an ICMP error or a TCP reset in reply (REJECT). */
  readonly reply: (offending: Packet, answer: RejectWith) => void;
  /** A line for the kernel log (LOG), as dmesg would show it without the timestamp. */
  readonly log: (line: string) => void;
}

/** What REJECT answers with (--reject-with), in the kernel's terms. */
export type RejectWith = { readonly kind: "icmp"; readonly code: number } | { readonly kind: "tcp-reset" };

/**
 * A target's verdict (NF_* and XT_CONTINUE): ACCEPT and DROP end the table on this hook, CONTINUE
 * goes on to the next rule (LOG, MARK…).
 */
export type XtVerdict = "ACCEPT" | "DROP" | "CONTINUE";
