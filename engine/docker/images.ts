/**
 * The images the playground knows: what each runs and listens on. An image not listed runs with no
 * services, as if pulled; a tag does not change what an image does.
 */
export interface Image {
  /** ENTRYPOINT: kept in front of the command, the image's or the one `docker run … IMAGE CMD…` gives. */
  readonly entrypoint: readonly string[];
  /** CMD: the default command. */
  readonly command: readonly string[];
  /**
   * What the entrypoint script puts in front of a command the image does not have (curlimages/curl's
   * `set -- curl "$@"`); the others' scripts run their arguments as they are.
   */
  readonly wraps?: string;
  /** EXPOSE: ports `docker ps` lists even when not published. */
  readonly exposed: readonly string[];
  /** TCP services of the image's own program: port → whether it speaks HTTP (or only accepts connections). */
  readonly listens: readonly { readonly port: number; readonly http: boolean }[];
}

const IMAGES: Readonly<Record<string, Image>> = {
  nginx: {
    entrypoint: ["/docker-entrypoint.sh"],
    command: ["nginx", "-g", "daemon off;"],
    exposed: ["80/tcp"],
    listens: [{ port: 80, http: true }],
  },
  caddy: {
    entrypoint: [],
    command: ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"],
    // The official image's EXPOSE lines since Caddy 2.6 (HTTP/3 on 443/udp).
    exposed: ["80/tcp", "443/tcp", "443/udp", "2019/tcp"],
    listens: [{ port: 80, http: true }],
  },
  redis: {
    entrypoint: ["docker-entrypoint.sh"],
    command: ["redis-server"],
    exposed: ["6379/tcp"],
    listens: [{ port: 6379, http: false }],
  },
  postgres: {
    entrypoint: ["docker-entrypoint.sh"],
    command: ["postgres"],
    exposed: ["5432/tcp"],
    listens: [{ port: 5432, http: false }],
  },
  debian: { entrypoint: [], command: ["bash"], exposed: [], listens: [] },
  alpine: { entrypoint: [], command: ["/bin/sh"], exposed: [], listens: [] },
  busybox: { entrypoint: [], command: ["sh"], exposed: [], listens: [] },
  "curlimages/curl": {
    entrypoint: ["/entrypoint.sh"],
    command: ["curl"],
    wraps: "curl",
    exposed: [],
    listens: [],
  },
};

const UNKNOWN: Image = { entrypoint: [], command: [], exposed: [], listens: [] };

/** `caddy:2.2.1-alpine` → `caddy`; `docker.io/library/nginx` → `nginx`. */
export function repository(reference: string): string {
  const noDigest = reference.split("@")[0]!;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const name = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return name.replace(/^(docker\.io\/)?(library\/)?/, "");
}

export const imageOf = (reference: string): Image => IMAGES[repository(reference)] ?? UNKNOWN;
