import { addressType } from "../../route/lookup";
import type { Netns } from "../../world";

/** enum rtn_type numbers (RTN_*), as addrtype's type masks count them. */
export const RTN = { UNICAST: 1, LOCAL: 2, BROADCAST: 3, MULTICAST: 5 } as const;

/** __inet_dev_addr_type as an RTN number; "" or undefined `dev` means any device. */
export const inetDevAddrType = (netns: Netns, addr: number, dev?: string): number =>
  RTN[addressType(netns, addr, dev || undefined)];
