import { readSysctl, writeSysctl } from "../netdev/sysctl";
import type { Command } from "../shell/command";

/** procps' `sysctl [-n] [-w] [-q] KEY[=VALUE]…` over the namespace's /proc/sys/net. */

const procPath = (key: string) => `/proc/sys/${key.replace(/\./g, "/")}`;

/** What the kernel's proc handlers accept: integers (a port range is two). */
function validValue(key: string, value: string): boolean {
  if (key === "net.ipv4.ip_local_port_range") return /^\s*\d+\s+\d+\s*$/.test(value);
  return /^\s*-?\d+\s*$/.test(value);
}

/** br_netfilter's switches store 1 for any non-zero value. */
const stored = (key: string, value: string) =>
  key.startsWith("net.bridge.bridge-nf-") && Number(value) !== 0 ? "1" : value.trim();

export const sysctl: Command = (ctx) => {
  let valuesOnly = false;
  let write = false;
  let quiet = false;
  let status = 0;
  for (const arg of ctx.argv.slice(1)) {
    if (/^-[nwq]+$/.test(arg)) {
      // Short options combine as getopt allows: `-qw`, `-wn`.
      valuesOnly ||= arg.includes("n");
      write ||= arg.includes("w");
      quiet ||= arg.includes("q");
    } else {
      const eq = arg.indexOf("=");
      const key = (eq < 0 ? arg : arg.slice(0, eq)).replace(/\//g, ".");
      if (write && eq < 0) {
        ctx.stderr.write("sysctl: command line(0): invalid syntax, continuing...\n");
        status = 1;
        continue;
      }
      let value = readSysctl(ctx.netns, key);
      if (value === undefined) {
        ctx.stderr.write(`sysctl: cannot stat ${procPath(key)}: No such file or directory\n`);
        status = 1;
        continue;
      }
      if (eq >= 0) {
        const wanted = arg.slice(eq + 1);
        if (!validValue(key, wanted)) {
          ctx.stderr.write(`sysctl: setting key "${key}": Invalid argument\n`);
          status = 1;
          continue;
        }
        writeSysctl(ctx.netns, key, stored(key, wanted));
        if (quiet) continue;
        value = wanted;
      }
      ctx.stdout.write(valuesOnly ? `${value}\n` : `${key} = ${value}\n`);
    }
  }
  return status;
};
