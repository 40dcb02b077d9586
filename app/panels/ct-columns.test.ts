import { describe, expect, it } from "vitest";
import { ctColumns } from "./ct-columns";

describe("ctColumns", () => {
  it("cuts a tcp entry into its columns", () => {
    expect(
      ctColumns(
        "tcp      6 120 SYN_SENT src=192.168.31.50 dst=198.18.5.130 sport=38443 dport=80 [UNREPLIED] src=198.18.5.130 dst=203.0.113.2 sport=80 dport=38443 mark=0 use=1",
      ),
    ).toEqual({
      proto: "tcp",
      timeout: "120",
      state: "SYN_SENT",
      original: "src=192.168.31.50 dst=198.18.5.130 sport=38443 dport=80",
      reply: "src=198.18.5.130 dst=203.0.113.2 sport=80 dport=38443",
      flags: "[UNREPLIED]",
      mark: "mark=0",
    });
  });

  it("has no state column for icmp", () => {
    expect(
      ctColumns(
        "icmp     1 29 src=192.168.31.228 dst=198.18.5.130 type=8 code=0 id=1 src=198.18.5.130 dst=192.168.31.228 type=0 code=0 id=1 mark=0 use=1",
      ),
    ).toMatchObject({
      proto: "icmp",
      timeout: "29",
      state: "",
      original: "src=192.168.31.228 dst=198.18.5.130 type=8 code=0 id=1",
      reply: "src=198.18.5.130 dst=192.168.31.228 type=0 code=0 id=1",
      flags: "",
    });
  });
});
