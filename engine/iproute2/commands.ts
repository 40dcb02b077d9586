import type { Command } from "../shell/command";
import { bridge } from "./bridge-cmd";
import { brctl } from "./brctl";
import { ip } from "./ip";
import { sysctl } from "./sysctl-cmd";

/** The iproute2 family and the other network tools a playground namespace has. */
export const iproute2Commands: Readonly<Record<string, Command>> = { ip, bridge, brctl, sysctl };
