import { describe, expect, it } from "vitest";
import { testPacket } from "../test-packet";
import { matchResult } from "../test-xt";

describe("comment match", () => {
  it("always matches", () => {
    expect(matchResult(["-m", "comment", "--comment", "any packet"], testPacket())).toBe("match");
  });
});
