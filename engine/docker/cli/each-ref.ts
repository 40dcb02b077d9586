import { act } from "../daemon";
import { DockerError } from "../errors";
import type { Host } from "../host";
import type { Out } from "./out";

/**
 * Acts on each named object in turn, as `docker rm a b` does: prints each name it managed, reports
 * each failure (a DockerError from `action`) and goes on; the status is 1 if any failed.
 */
export function eachRef(
  host: Host,
  refs: readonly string[],
  out: Out,
  action: (ref: string) => void,
): number {
  let status = 0;
  for (const ref of refs) {
    try {
      act(host, () => action(ref));
      out.stdout(`${ref}\n`);
    } catch (error) {
      if (!(error instanceof DockerError)) throw error;
      out.stderr(error.text);
      status = 1;
    }
  }
  return status;
}
