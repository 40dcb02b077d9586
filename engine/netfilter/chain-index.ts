import { INVERT, type Rule } from "./rule";

/**
 * What each rule of a chain certainly needs for a packet to match, laid out in typed arrays so an
 * untraced packet can skip the rules that cannot match without touching them (the kernel walks
 * compact blobs too). Only tests without side effects are taken: the fixed part's protocol and
 * addresses, and the destination port of a first tcp/udp match (a later one may sit behind a
 * statistic match, which counts the packets it sees).
 */
export interface ChainIndex {
  readonly length: number;
  /** Protocol the rule needs; 0: any. */
  readonly proto: Int32Array;
  readonly src: Int32Array;
  readonly srcMask: Int32Array;
  readonly dst: Int32Array;
  readonly dstMask: Int32Array;
  /** Destination port range the rule needs; -1…65535 lets a packet without ports through. */
  readonly dportMin: Int32Array;
  readonly dportMax: Int32Array;
}

interface PortMatch {
  readonly module: { readonly name: string };
  readonly dportMin: number;
  readonly dportMax: number;
  readonly inverted: number;
}

/** tcp's and udp's bit for a `!` before --dport. */
const DPORT_INVERTED = 2;
const PORT_PROTO: Readonly<Record<string, number>> = { tcp: 6, udp: 17 };

function build(rules: readonly Rule[]): ChainIndex {
  const n = rules.length;
  const index = {
    length: n,
    proto: new Int32Array(n),
    src: new Int32Array(n),
    srcMask: new Int32Array(n),
    dst: new Int32Array(n),
    dstMask: new Int32Array(n),
    dportMin: new Int32Array(n).fill(-1),
    dportMax: new Int32Array(n).fill(65535),
  };
  rules.forEach((rule, i) => {
    if (rule.proto !== 0 && !(rule.invert & INVERT.proto)) index.proto[i] = rule.proto;
    if (!(rule.invert & INVERT.src)) [index.src[i], index.srcMask[i]] = [rule.src.addr, rule.src.mask];
    if (!(rule.invert & INVERT.dst)) [index.dst[i], index.dstMask[i]] = [rule.dst.addr, rule.dst.mask];
    const first = rule.matches[0] as PortMatch | undefined;
    const proto = first && PORT_PROTO[first.module.name];
    if (proto === undefined || (index.proto[i] !== 0 && index.proto[i] !== proto)) return;
    index.proto[i] = proto;
    if (!(first!.inverted & DPORT_INVERTED))
      [index.dportMin[i], index.dportMax[i]] = [first!.dportMin, first!.dportMax];
  });
  return index;
}

/** A chain's live rule list is replaced, never edited in place, so the list itself keys its index. */
const cache = new WeakMap<readonly Rule[], ChainIndex>();

export function chainIndex(rules: readonly Rule[]): ChainIndex {
  let index = cache.get(rules);
  if (index?.length !== rules.length) cache.set(rules, (index = build(rules)));
  return index;
}
