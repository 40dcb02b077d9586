import { describe, expect, it } from "vitest";
import { CTINFO } from "../../conntrack/conn";
import { testConn, testPacket } from "../test-packet";
import { targetOf, testContext, testRule } from "../test-xt";

const hex = (n: number) => `0x${n.toString(16)}`;

/** Fires `-j CONNMARK <options>`: the packet's mark and the connection's after it, as "nfmark/ctmark". */
function after(options: string, nfmark: number, ctmark: number): string {
  const ct = testConn({ mark: ctmark });
  const packet = testPacket({ tcp: {}, fields: { mark: nfmark, ct, ctinfo: CTINFO.ESTABLISHED } });
  const t = targetOf(testRule(`-j CONNMARK ${options}`, "mangle", "PREROUTING"));
  expect(t.module.fire(t, packet, testContext("PREROUTING", { table: "mangle" }))).toBe("CONTINUE");
  return `${hex(packet.mark)}/${hex(ct.mark)}`;
}

describe("CONNMARK target (connmark_tg_shift)", () => {
  it("sets the ctmark", () => {
    expect(after("--set-xmark 0x1/0xff", 0, 0x1234)).toBe("0x0/0x1201");
    expect(after("--set-mark 0x7", 0, 0xffff)).toBe("0x0/0x7");
    expect(after("--or-mark 0x10", 0, 0x1)).toBe("0x0/0x11");
    expect(after("--and-mark 0xf", 0, 0x1f)).toBe("0x0/0xf");
    expect(after("--xor-mark 0x3", 0, 0x1)).toBe("0x0/0x2");
  });

  it("shifts the whole new ctmark of a set, as the kernel does", () => {
    expect(after("--set-xmark 0x1/0xff --left-shift-mark 4", 0, 0x1200)).toBe("0x0/0x12010");
    expect(after("--set-xmark 0x10/0xff --right-shift-mark 4", 0, 0x1200)).toBe("0x0/0x121");
  });

  it("saves the nfmark into the ctmark under the masks", () => {
    expect(after("--save-mark", 0xab, 0x1)).toBe("0xab/0xab");
    expect(after("--save-mark --nfmask 0xf0 --ctmask 0xff", 0xab, 0x1234)).toBe("0xab/0x12a0");
    expect(after("--save-mark --mask 0xff --left-shift-mark 8", 0xab, 0)).toBe("0xab/0xab00");
  });

  it("restores the ctmark into the nfmark under the masks", () => {
    expect(after("--restore-mark", 0x5, 0xab)).toBe("0xab/0xab");
    expect(after("--restore-mark --ctmask 0xf --nfmask 0xff", 0x1234, 0xab)).toBe("0x120b/0xab");
    expect(after("--restore-mark --ctmask 0xff00 --nfmask 0xff --right-shift-mark 8", 0x1234, 0xab00)).toBe(
      "0x12ab/0xab00",
    );
    // The nfmask clears bits before the shifted ones come in: 0x1234 & ~0xff00 ^ 0xab.
    expect(after("--restore-mark --mask 0xff00 --right-shift-mark 8", 0x1234, 0xab00)).toBe("0x9f/0xab00");
  });

  it("does nothing without a connection", () => {
    const packet = testPacket({ tcp: {}, fields: { mark: 0x5 } });
    const t = targetOf(testRule("-j CONNMARK --restore-mark", "mangle", "PREROUTING"));
    expect(t.module.fire(t, packet, testContext("PREROUTING", { table: "mangle" }))).toBe("CONTINUE");
    expect(packet.mark).toBe(0x5);
  });
});
