import { describe, expect, it } from "vitest";
import { synSchedule } from "./syn-timer";

// Measured on Linux 6.18 (tcpdump of SYNs to a black hole, and when nc reported ETIMEDOUT).
describe("synSchedule", () => {
  it("resends every second four times, then doubles, and gives up after 131 s by default", () => {
    expect(synSchedule(6, 4)).toEqual({
      resendAt: [1000, 2000, 3000, 4000, 5000, 7000, 11000, 19000, 35000, 67000],
      giveUpAt: 131000,
    });
  });

  it("stops at the modelled timeout when tcp_syn_retries is small", () => {
    expect(synSchedule(1, 4)).toEqual({ resendAt: [1000, 2000], giveUpAt: 3000 });
    expect(synSchedule(2, 4)).toEqual({ resendAt: [1000, 2000, 3000, 4000, 5000], giveUpAt: 7000 });
  });

  it("doubles from the first retransmission without linear timeouts", () => {
    expect(synSchedule(6, 0)).toEqual({
      resendAt: [1000, 3000, 7000, 15000, 31000, 63000],
      giveUpAt: 127000,
    });
  });
});
