import type { Command } from "../shell/command";
import { curl } from "./curl";
import { nc } from "./nc";
import { nping } from "./nping";
import { dmesg } from "./dmesg";
import { ping } from "./ping";

/** The traffic tools: iputils ping, netcat-openbsd, curl and nping, on the playground's packet path. */
export const trafficCommands: Readonly<Record<string, Command>> = {
  curl,
  nc,
  nping,
  dmesg,
  ping,
};
