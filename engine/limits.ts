/**
 * Every cap the playground puts on what a scenario may ask of it, in one place. A real Linux host
 * has none of these (or far larger ones); they keep a page fed a hostile link or a runaway script
 * responsive. Each is far above what the article's scenarios use, and each refusal says which cap
 * it met, in the playground's own voice (`netplay: …`), since no real tool has these words, or as the
 * kernel refuses what it has no memory for.
 *
 * Limits the kernel itself has are kept where the kernel keeps them, and listed here for reference:
 * - a packet's TTL (64 from a local socket, stack/build.ts) stops routing loops: ip_forward drops it
 *   at 1 and sends ICMP time exceeded (stack/receive.ts);
 * - a jump loop reachable from a base chain is refused when the rule is added, as nft refuses it
 *   with "Too many links" (netfilter/validate.ts);
 * - NAT gives up finding a free port after 128 tries, as nf_nat does (nat/unique-tuple.ts).
 *
 * Caps of scenario documents (share links and files) live with their decoder and are re-exported
 * here: the link's length, its inflated size, the command count and a command's length.
 */
export { MAX_DOCUMENT_BYTES, MAX_HASH_CHARS } from "./scenario/document-codec";
export { MAX_COMMANDS, MAX_LINE_CHARS } from "./scenario/document";

/** Network namespaces in a world, the host's and each container's included (`ip netns add`, `docker run`). */
export const MAX_NAMESPACES = 256;

/**
 * Rules in one table of one namespace. A Kubernetes node's 50,000-rule dump (bench/) restores; a
 * loop appending rules for ever stops here instead of exhausting the page's memory. The refusal is
 * the one iptables prints when the kernel is out of memory: `RULE_APPEND failed (Cannot allocate
 * memory)`.
 */
export const MAX_RULES_PER_TABLE = 200_000;

/**
 * Frames the packet path processes for one send (the packet, its answers, ICMP errors, forwards).
 * TTL already ends routing loops after at most 64 hops; this ends whatever else would not settle.
 */
export const MAX_FRAMES_PER_EXCHANGE = 10_000;

/**
 * Characters of one script or typed paste run at once (`netplay run`, the terminal, a scenario): a
 * 50,000-rule kube-proxy dump is about 7 MB, so a dump as big as the rule cap still fits.
 */
export const MAX_SCRIPT_CHARS = 32 * 1024 * 1024;

/** The refusals, one per cap. */
export const limitErrors = {
  namespaces: () => `netplay: a playground holds at most ${MAX_NAMESPACES} network namespaces\n`,
  frames: () =>
    `netplay: more than ${MAX_FRAMES_PER_EXCHANGE} packets in one exchange; the playground dropped the rest\n`,
  script: (chars: number) =>
    `netplay: the script is ${chars} characters long; the playground runs at most ${MAX_SCRIPT_CHARS}\n`,
};
