import { DockerError } from "../errors";

/**
 * The part of Go's text/template that `--format` is used with: fields (`{{.NetworkSettings.IPAddress}}`),
 * `{{range PATH}}…{{end}}` over a list or a map's values (in key order, as Go ranges over maps), and
 * the functions json, upper and lower. Data is what `docker inspect` prints as JSON, so a missing
 * key prints Go's `<no value>`.
 */

type Node =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "value"; readonly fn?: string; readonly path: readonly string[] }
  | { readonly kind: "range"; readonly path: readonly string[]; readonly body: readonly Node[] };

const FUNCS = ["json", "upper", "lower"];

const parseError = (message: string) => new DockerError(`template parsing error: template: :1: ${message}\n`);

function parsePath(word: string): readonly string[] {
  if (word === ".") return [];
  if (!/^(\.[A-Za-z_]\w*)+$/.test(word)) throw parseError(`function "${word}" not defined`);
  return word.slice(1).split(".");
}

function parseAction(action: string): Node | "end" | { range: readonly string[] } {
  const words = action.trim().split(/\s+/);
  const [head, arg] = words;
  if (head === "end" && words.length === 1) return "end";
  if (head === "range" && words.length === 2) return { range: parsePath(arg!) };
  if (head !== undefined && FUNCS.includes(head) && words.length === 2)
    return { kind: "value", fn: head, path: parsePath(arg!) };
  if (words.length === 1 && head) return { kind: "value", path: parsePath(head) };
  throw parseError(`unexpected "${action.trim()}" in command`);
}

export function parseTemplate(source: string): readonly Node[] {
  const stack: { path: readonly string[]; body: Node[] }[] = [{ path: [], body: [] }];
  let rest = source;
  while (rest) {
    const open = rest.indexOf("{{");
    if (open < 0) {
      stack.at(-1)!.body.push({ kind: "text", text: rest });
      break;
    }
    if (open > 0) stack.at(-1)!.body.push({ kind: "text", text: rest.slice(0, open) });
    const close = rest.indexOf("}}", open);
    if (close < 0) throw parseError("unclosed action");
    const node = parseAction(rest.slice(open + 2, close));
    rest = rest.slice(close + 2);
    if (node === "end") {
      const done = stack.pop()!;
      if (stack.length === 0) throw parseError("unexpected {{end}}");
      stack.at(-1)!.body.push({ kind: "range", path: done.path, body: done.body });
    } else if ("range" in node) stack.push({ path: node.range, body: [] });
    else stack.at(-1)!.body.push(node);
  }
  if (stack.length > 1) throw parseError("unexpected EOF");
  return stack[0]!.body;
}

const MISSING = Symbol("no value");

function lookup(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return MISSING;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** fmt's %v: maps as map[k:v] in key order, lists as [a b], nil as <nil>. */
function print(value: unknown): string {
  if (value === MISSING) return "<no value>";
  if (value === null || value === undefined) return "<nil>";
  if (Array.isArray(value)) return `[${value.map(print).join(" ")}]`;
  if (typeof value === "object")
    return `map[${Object.keys(value)
      .sort()
      .map((k) => `${k}:${print((value as Record<string, unknown>)[k])}`)
      .join(" ")}]`;
  return String(value);
}

function items(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object")
    return Object.keys(value)
      .sort()
      .map((k) => (value as Record<string, unknown>)[k]);
  return [];
}

export function executeTemplate(nodes: readonly Node[], data: unknown): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") out += node.text;
    else if (node.kind === "range")
      for (const item of items(lookup(data, node.path))) out += executeTemplate(node.body, item);
    else {
      const value = lookup(data, node.path);
      if (node.fn === "json") out += value === MISSING ? "null" : JSON.stringify(value);
      else if (node.fn === "upper") out += print(value).toUpperCase();
      else if (node.fn === "lower") out += print(value).toLowerCase();
      else out += print(value);
    }
  }
  return out;
}
