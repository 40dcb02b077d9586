import { formatIpv4 } from "../route/ipv4";
import { fibLookup } from "../route/lookup";
import { Args } from "./argv";
import type { IpContext } from "./context";
import { ipErrors } from "./errors";
import { addressOrFail, prefixOrFail } from "./inet";

/** `ip route get ADDR [from SRC] [oif DEV]`: the output route the kernel would take, as its cache entry. */
export function routeGet(ctx: IpContext, args: Args): void {
  let dst: number | undefined;
  let src: number | undefined;
  let oif: string | undefined;
  while (!args.done) {
    const arg = args.next();
    if (arg === "from") src = addressOrFail(args.value());
    else if (arg === "oif" || arg === "dev") {
      oif = args.value();
      if (!ctx.netns.links.has(oif)) throw ipErrors.cannotFindDevice(oif);
    } else {
      // iproute_get: a later destination replaces an earlier one.
      dst = prefixOrFail(arg === "to" ? args.value() : arg, false).addr;
    }
  }
  if (dst === undefined) throw ipErrors.noDestination();
  const decision = fibLookup(ctx.netns, dst, { src, oif });
  if (typeof decision === "string") throw ipErrors.rtnetlink(decision);
  const parts: string[] = [];
  if (decision.type !== "unicast") parts.push(decision.type);
  parts.push(formatIpv4(dst));
  if (src !== undefined) parts.push(`from ${formatIpv4(src)}`);
  if (decision.route.gateway !== undefined) parts.push(`via ${formatIpv4(decision.route.gateway)}`);
  parts.push(`dev ${decision.dev}`);
  if (src === undefined) parts.push(`src ${formatIpv4(decision.prefsrc)}`);
  parts.push("uid 0");
  const flags = decision.type === "local" ? "<local> " : decision.type === "broadcast" ? "<local,brd> " : "";
  ctx.out(`${parts.map((p) => `${p} `).join("")}\n    cache ${flags}\n`);
}
