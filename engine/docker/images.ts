/**
 * The images the playground knows: what each runs and listens on. An image not listed runs with no
 * services, as if pulled; a tag does not change what an image does.
 */
export interface Image {
  /** The default command (ENTRYPOINT + CMD), as `docker ps` shows it. */
  readonly command: readonly string[];
  /** An ENTRYPOINT that a `docker run … IMAGE ARGS` keeps in front of ARGS. */
  readonly entrypoint?: readonly string[];
  /** EXPOSE: ports `docker ps` lists even when not published. */
  readonly exposed: readonly string[];
  /** TCP services: port → whether it speaks HTTP (or only accepts connections). */
  readonly listens: readonly { readonly port: number; readonly http: boolean }[];
}

const IMAGES: Readonly<Record<string, Image>> = {
  nginx: {
    command: ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"],
    exposed: ["80/tcp"],
    listens: [{ port: 80, http: true }],
  },
  caddy: {
    command: ["caddy", "run", "--config", "/etc/caddy/Caddyfile", "--adapter", "caddyfile"],
    exposed: ["80/tcp", "443/tcp", "2019/tcp"],
    listens: [{ port: 80, http: true }],
  },
  redis: {
    command: ["docker-entrypoint.sh", "redis-server"],
    exposed: ["6379/tcp"],
    listens: [{ port: 6379, http: false }],
  },
  postgres: {
    command: ["docker-entrypoint.sh", "postgres"],
    exposed: ["5432/tcp"],
    listens: [{ port: 5432, http: false }],
  },
  debian: { command: ["bash"], exposed: [], listens: [] },
  alpine: { command: ["/bin/sh"], exposed: [], listens: [] },
  busybox: { command: ["sh"], exposed: [], listens: [] },
  "curlimages/curl": {
    command: ["curl"],
    entrypoint: ["/entrypoint.sh"],
    exposed: [],
    listens: [],
  },
};

const UNKNOWN: Image = { command: [], exposed: [], listens: [] };

/** `caddy:2.2.1-alpine` → `caddy`; `docker.io/library/nginx` → `nginx`. */
export function repository(reference: string): string {
  const noDigest = reference.split("@")[0]!;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const name = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return name.replace(/^(docker\.io\/)?(library\/)?/, "");
}

export const imageOf = (reference: string): Image => IMAGES[repository(reference)] ?? UNKNOWN;
