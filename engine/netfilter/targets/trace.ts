import type { TargetModule } from "../extension";

/**
 * TRACE: mark packets for rule tracing. iptables-nft turns it into `meta nftrace set 1`, which
 * every table and hook takes (the xtables TRACE target would be raw-only). No options.
 */
export const trace: TargetModule<object> = {
  kind: "target",
  name: "TRACE",
  options: [],
  init: () => ({ module: trace }),
  parse() {},
  save: () => "",
  list: () => "",
  fire(_t, packet) {
    packet.traced = true;
    return "CONTINUE";
  },
};
