import { describe, expect, it } from "vitest";
import type { Tuple } from "../conntrack/conn";
import { createRng, nextU16, type Rng } from "../rng";
import { NF_NAT_RANGE, nullRange, type NatRange } from "./range";
import { ip, tuple } from "./testing";
import { getUniqueTuple, type TupleSearch } from "./unique-tuple";

const { MAP_IPS, PROTO_SPECIFIED, PROTO_RANDOM, PROTO_RANDOM_FULLY, PERSISTENT, PROTO_OFFSET } = NF_NAT_RANGE;

function range(
  flags: number,
  addrs: [string, string] = ["0.0.0.0", "0.0.0.0"],
  ports: [number, number] = [0, 0],
  base = 0,
): NatRange {
  return {
    flags,
    minAddr: ip(addrs[0]),
    maxAddr: ip(addrs[1]),
    minProto: ports[0],
    maxProto: ports[1],
    baseProto: base,
  };
}

/** A search over a set of taken (original-direction) tuples that counts nf_nat_used_tuple calls. */
function search(taken: (t: Tuple) => boolean, rng: Rng = createRng()): TupleSearch & { calls: number } {
  const s = {
    calls: 0,
    rng,
    used: (t: Tuple) => {
      s.calls++;
      return taken(t);
    },
    appropriateSrc: () => undefined,
  };
  return s;
}

const H = "10.0.0.1";
const masq = range(MAP_IPS, [H, H]);
const peek = (rng: Rng): number => nextU16({ state: rng.state });

describe("get_unique_tuple", () => {
  it("keeps the source port when the mapped tuple is free", () => {
    const s = search(() => false);
    const out = getUniqueTuple(tuple("172.17.0.2", 40000, "1.2.3.4", 443), masq, "SRC", s);
    expect(out).toEqual(tuple(H, 40000, "1.2.3.4", 443));
    expect(s.calls).toBe(1);
  });

  it("moves a clashing port to 1024 + r % 64512 with r from the world's rng, probing upwards", () => {
    const rng = createRng(7);
    const r = peek(rng);
    const first = 1024 + (r % 64512);
    // The original port and the first candidate are taken: the second candidate is the next port up.
    const s = search((t) => t.sport === 40000 || t.sport === first, rng);
    const out = getUniqueTuple(tuple("172.18.0.2", 40000, "1.2.3.4", 443), masq, "SRC", s);
    expect(out.sport).toBe(first === 65535 ? 1024 : first + 1);
    expect(out.src).toBe(ip(H));
  });

  it("keeps a privileged port privileged: 1–511 below 512, 600–1023 below 1024", () => {
    const rng = createRng(99);
    const r1 = peek(rng);
    const low = getUniqueTuple(
      tuple("172.17.0.2", 80, "1.2.3.4", 443),
      masq,
      "SRC",
      search((t) => t.sport === 80, rng),
    );
    expect(low.sport).toBe(1 + (r1 % 511));
    const r2 = peek(rng);
    const mid = getUniqueTuple(
      tuple("172.17.0.2", 700, "1.2.3.4", 443),
      masq,
      "SRC",
      search((t) => t.sport === 700, rng),
    );
    expect(mid.sport).toBe(600 + (r2 % 424));
  });

  it("returns a single-port DNAT to the same port at once, without asking whether it is used", () => {
    const s = search(() => true);
    const dnat = range(MAP_IPS | PROTO_SPECIFIED, ["172.18.0.2", "172.18.0.2"], [80, 80]);
    const out = getUniqueTuple(tuple("5.6.7.8", 5555, H, 80), dnat, "DST", s);
    expect(out).toEqual(tuple("5.6.7.8", 5555, "172.18.0.2", 80));
    expect(s.calls).toBe(0);
  });

  it("maps a single-port DNAT to another port after one probe, used or not (docker -p 8080:80)", () => {
    const rng = createRng();
    const s = search(() => true, rng);
    const dnat = range(MAP_IPS | PROTO_SPECIFIED, ["172.18.0.2", "172.18.0.2"], [80, 80]);
    const before = rng.state;
    const out = getUniqueTuple(tuple("5.6.7.8", 5555, H, 8080), dnat, "DST", s);
    expect(out).toEqual(tuple("5.6.7.8", 5555, "172.18.0.2", 80));
    expect(s.calls).toBe(1);
    // The probe's random offset is drawn all the same.
    expect(rng.state).not.toBe(before);
  });

  it("never picks a destination port for DNAT without ports", () => {
    const s = search(() => true);
    const out = getUniqueTuple(
      tuple("5.6.7.8", 5555, H, 8080),
      range(MAP_IPS, ["172.18.0.2", "172.18.0.2"]),
      "DST",
      s,
    );
    expect(out.dport).toBe(8080);
  });

  it("gives up after 128 + 64 + 32 + 16 + 8 probes from 5 random offsets, leaving a used port", () => {
    const rng = createRng(3);
    const s = search(() => true, rng);
    const before = rng.state;
    const out = getUniqueTuple(tuple("172.17.0.2", 40000, "1.2.3.4", 443), masq, "SRC", s);
    expect(s.calls).toBe(1 + 248);
    const replay = { state: before };
    for (let i = 0; i < 5; i++) nextU16(replay);
    expect(rng.state).toBe(replay.state);
    expect(out.sport).toBeGreaterThanOrEqual(1024);
  });

  it("tries a small --to-ports range once, whole", () => {
    const s = search(() => true);
    getUniqueTuple(
      tuple("172.17.0.2", 40000, "1.2.3.4", 443),
      range(MAP_IPS | PROTO_SPECIFIED, [H, H], [5000, 5099]),
      "SRC",
      s,
    );
    expect(s.calls).toBe(100);
  });

  it("takes a random port even when the original is free, with --random and --random-fully", () => {
    for (const flag of [PROTO_RANDOM, PROTO_RANDOM_FULLY]) {
      const rng = createRng(5);
      const r = peek(rng);
      const out = getUniqueTuple(
        tuple("172.17.0.2", 40000, "1.2.3.4", 443),
        range(MAP_IPS | flag, [H, H]),
        "SRC",
        search(() => false, rng),
      );
      expect(out.sport).toBe(1024 + (r % 64512));
    }
  });

  it("shifts ports by the /base offset instead of a random start", () => {
    const offset = range(PROTO_SPECIFIED | PROTO_OFFSET, undefined, [2000, 2999], 1000);
    const out = getUniqueTuple(
      tuple(H, 50000, "1.2.3.4", 1042),
      offset,
      "DST",
      search(() => false),
    );
    expect(out.dport).toBe(2042);
  });

  it("moves a clashing ICMP echo id anywhere in 0–65535", () => {
    const rng = createRng(11);
    const r = peek(rng);
    const echo = tuple("172.17.0.2", 7, "1.2.3.4", 8 << 8, 1);
    const out = getUniqueTuple(
      echo,
      masq,
      "SRC",
      search((t) => t.sport === 7, rng),
    );
    expect(out).toEqual({ ...echo, src: ip(H), sport: r });
  });

  it("reuses an earlier mapping of the same source (find_appropriate_src)", () => {
    const s = search(() => false);
    const earlier = tuple(H, 31000, "9.9.9.9", 53, 17);
    const out = getUniqueTuple(tuple("172.17.0.2", 4000, "9.9.9.9", 53, 17), masq, "SRC", {
      ...s,
      appropriateSrc: () => earlier,
    });
    expect(out).toEqual(earlier);
  });

  it("keeps a null binding's tuple as it is when it is free", () => {
    const t = tuple(H, 40000, "1.2.3.4", 443);
    expect(
      getUniqueTuple(
        t,
        nullRange(ip(H)),
        "SRC",
        search(() => false),
      ),
    ).toBe(t);
  });
});

describe("find_best_ips_proto over an address range (checked against Linux 6.18)", () => {
  const snat = range(MAP_IPS, ["10.9.0.1", "10.9.0.10"]);
  // `iptables -t nat -A POSTROUTING -p udp -j SNAT --to-source 10.9.0.1-10.9.0.10`, conntrack -L.
  it.each([
    ["10.8.0.5", "10.9.0.8"],
    ["10.8.3.77", "10.9.0.5"],
    ["10.8.200.1", "10.9.0.4"],
    ["10.8.1.1", "10.9.0.8"],
    ["10.8.9.9", "10.9.0.3"],
    ["10.8.44.3", "10.9.0.9"],
  ])("192.168.77.2 → %s maps to %s", (dst, mapped) => {
    const out = getUniqueTuple(
      tuple("192.168.77.2", 4001, dst, 53, 17),
      snat,
      "SRC",
      search(() => false),
    );
    expect(out.src).toBe(ip(mapped));
  });

  it("hashes the source alone with --persistent", () => {
    const persistent = range(MAP_IPS | PERSISTENT, ["10.9.0.1", "10.9.0.10"]);
    for (const dst of ["10.8.0.5", "10.8.3.77", "10.8.200.1"]) {
      const out = getUniqueTuple(
        tuple("192.168.77.2", 5555, dst, 80),
        persistent,
        "SRC",
        search(() => false),
      );
      expect(out.src).toBe(ip("10.9.0.10"));
    }
  });
});
