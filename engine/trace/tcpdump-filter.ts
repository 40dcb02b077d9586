import { inetPton } from "../iptables/address";
import { serviceByName } from "../iptables/netdb";
import type { Packet } from "../stack/packet";

/** A compiled capture filter: does this packet pass? */
export type CaptureFilter = (packet: Packet) => boolean;

/** Why pcap_compile refused an expression, in tcpdump's words (without the `tcpdump: ` prefix). */
export class FilterError {
  constructor(readonly message: string) {}
}

const SYNTAX = "can't parse filter expression: syntax error";

const PROTOS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, icmp: 1 };

type Dir = "src" | "dst" | "src or dst";

function portsOf(packet: Packet): { sport: number; dport: number } | undefined {
  const { l4 } = packet;
  // pcap's port tests look at the transport header, which only a first fragment has.
  if (packet.fragOffset !== 0 || (l4?.proto !== 6 && l4?.proto !== 17)) return undefined;
  return l4;
}

/**
 * The pcap filter language, as far as the playground's captures need it: `tcp`, `udp`, `icmp`,
 * `[tcp|udp] [src|dst] port N`, `[src|dst] host A`, `[src|dst] net A/LEN`, `not`/`!`, and
 * `and`/`&&`, `or`/`||` (equal precedence, left to right, as pcap), with parentheses.
 */
export function compileFilter(words: readonly string[]): CaptureFilter {
  const tokens = words.join(" ").match(/\(|\)|&&|\|\||!|[^\s()!]+/g) ?? [];
  if (tokens.length === 0) return () => true;
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  const portNumber = (word: string | undefined, proto?: string): number => {
    if (word === undefined) throw new FilterError(SYNTAX);
    if (/^\d+$/.test(word)) {
      const num = Number(word);
      if (num > 65535) throw new FilterError(`illegal port number ${word} > 65535`);
      return num;
    }
    const num = serviceByName(word, proto);
    if (num === undefined) throw new FilterError(`unknown port '${word}'`);
    return num;
  };

  const address = (word: string | undefined): number => {
    if (word === undefined) throw new FilterError(SYNTAX);
    const addr = word === "localhost" ? 0x7f000001 : inetPton(word);
    if (addr === undefined) throw new FilterError(`unknown host '${word}'`);
    return addr >>> 0;
  };

  const byDir = (
    dir: Dir,
    test: (value: number, side: "src" | "dst") => boolean,
  ): ((packet: Packet) => boolean) => {
    if (dir === "src") return (packet) => test(packet.src >>> 0, "src");
    if (dir === "dst") return (packet) => test(packet.dst >>> 0, "dst");
    return (packet) => test(packet.src >>> 0, "src") || test(packet.dst >>> 0, "dst");
  };

  const portTest =
    (dir: Dir, proto: number | undefined, num: number): CaptureFilter =>
    (packet) => {
      const ports = portsOf(packet);
      if (!ports || (proto !== undefined && packet.proto !== proto)) return false;
      return (dir !== "dst" && ports.sport === num) || (dir !== "src" && ports.dport === num);
    };

  const primitive = (): CaptureFilter => {
    let word = next();
    if (word === "(") {
      const inner = expression();
      if (next() !== ")") throw new FilterError(SYNTAX);
      return inner;
    }
    let proto: string | undefined;
    if (word !== undefined && word in PROTOS) {
      proto = word;
      if (!["port", "src", "dst", "host", "net"].includes(peek() ?? "")) {
        const num = PROTOS[word]!;
        return (packet) => packet.proto === num;
      }
      word = next();
    }
    let dir: Dir = "src or dst";
    if (word === "src" || word === "dst") {
      dir = word;
      word = next();
    }
    switch (word) {
      case "port":
        return portTest(dir, proto === undefined ? undefined : PROTOS[proto], portNumber(next(), proto));
      case "host": {
        if (proto !== undefined) throw new FilterError(`'${proto}' modifier applied to host`);
        const addr = address(next());
        return byDir(dir, (value) => value === addr);
      }
      case "net": {
        if (proto !== undefined) throw new FilterError(`'${proto}' modifier applied to net`);
        const [text = "", lenText = "32"] = (next() ?? "").split("/");
        const len = Number(lenText);
        const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
        const addr = address(text);
        if (!/^\d+$/.test(lenText) || len > 32 || (addr & ~mask) >>> 0 !== 0)
          throw new FilterError(`non-network bits set in "${text}/${lenText}"`);
        return byDir(dir, (value) => (value & mask) >>> 0 === addr);
      }
      default:
        // `src A` / `dst A` mean `src host A` / `dst host A`.
        if (dir !== "src or dst" && word !== undefined) {
          if (proto !== undefined) throw new FilterError(`'${proto}' modifier applied to host`);
          const addr = address(word);
          return byDir(dir, (value) => value === addr);
        }
        throw new FilterError(SYNTAX);
    }
  };

  const unary = (): CaptureFilter => {
    if (peek() === "not" || peek() === "!") {
      next();
      const inner = unary();
      return (packet) => !inner(packet);
    }
    return primitive();
  };

  const expression = (): CaptureFilter => {
    let left = unary();
    for (let op = peek(); op === "and" || op === "&&" || op === "or" || op === "||"; op = peek()) {
      next();
      const a = left;
      const b = unary();
      left =
        op === "and" || op === "&&" ? (packet) => a(packet) && b(packet) : (packet) => a(packet) || b(packet);
    }
    return left;
  };

  const filter = expression();
  if (i !== tokens.length) throw new FilterError(SYNTAX);
  return filter;
}
