import type { RuleRef } from "./host";
import type { RuleWriter } from "./profile";
import {
  directAccessDrop,
  initCommon,
  internalRules,
  natAndForward,
  publishPort,
  userChain,
} from "./rules-28";

/**
 * Docker 29 (commit 1ad9599da7 "Drop DOCKER-ISOLATION rules"): 28's layout without the isolation
 * chains and without nat's skip-DNAT RETURNs; internal networks' rules live in DOCKER-INTERNAL.
 * Networks stay apart through each bridge's default DROP in DOCKER.
 */
export const rules29: RuleWriter = {
  init(host, options) {
    initCommon(host, options, ["DOCKER-INTERNAL"]);
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-BRIDGE");
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-INTERNAL");
    host.jumpToTop("filter", "DOCKER-FORWARD", "DOCKER-CT");
    userChain(host);
  },

  network(host, net, options) {
    const owned: RuleRef[] = [];
    if (net.internal) internalRules(host, owned, net, "DOCKER-INTERNAL");
    else natAndForward(host, owned, net, options, false);
    return owned;
  },

  endpoint: directAccessDrop,
  port: publishPort,
};
