import type { World } from "../world";

/** The one device the playground models; reads are empty, writes vanish. */
export const DEV_NULL = "/dev/null";

/** `./rules.v4`, `rules.v4` and `a//b/./rules.v4`-style spellings name the same entry of `world.files`. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith("/");
  const segments = path.split("/").filter((segment) => segment !== "" && segment !== ".");
  const joined = segments.join("/");
  if (absolute) return `/${joined}`;
  return joined === "" && path !== "" ? "." : joined;
}

export function readFile(world: World, path: string): string | undefined {
  const key = normalizePath(path);
  return key === DEV_NULL ? "" : world.files.get(key);
}

/** Writes at once, as a shell's open file does, so `cat f > f` empties f as in bash. */
export function writeFile(world: World, path: string, text: string, append: boolean): void {
  const key = normalizePath(path);
  if (key === DEV_NULL) return;
  world.files.set(key, append ? (world.files.get(key) ?? "") + text : text);
}

export function removeFile(world: World, path: string): boolean {
  return world.files.delete(normalizePath(path));
}
