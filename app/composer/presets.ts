import type { Composition } from "./command";

/** The article's stories that the world at hand can tell. */
export const PRESETS: readonly (Composition & { readonly name: string; readonly what: string })[] = [
  {
    name: "laptop → internet :80",
    what: "through the router's MASQUERADE, tracked by conntrack",
    from: "laptop",
    to: "198.18.5.130:80",
    probe: "http",
  },
  {
    name: "host → internet ping",
    what: "an echo request and its reply",
    from: "host",
    to: "198.18.5.130",
    probe: "icmp",
  },
  {
    name: "laptop → host :22",
    what: "nothing listens: the host answers with a reset",
    from: "laptop",
    to: "192.168.31.228:22",
    probe: "tcp",
  },
];
