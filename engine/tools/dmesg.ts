import type { Command } from "../shell/command";
import { WORLD_BOOT_MS } from "../world";

/** `[  3600.000000] ` as the kernel's printk time: seconds since boot, five wide, microseconds. */
function stamp(at: number): string {
  const us = Math.max(0, at - WORLD_BOOT_MS) * 1000;
  const seconds = Math.floor(us / 1e6);
  return `[${String(seconds).padStart(5)}.${String(us % 1e6).padStart(6, "0")}] `;
}

/** util-linux `dmesg [-c|-C]`: the kernel log (what LOG rules wrote); -c prints then clears, -C clears. */
export const dmesg: Command = (ctx) => {
  const args = ctx.argv.slice(1);
  const unknown = args.find((a) => a !== "-c" && a !== "-C");
  if (unknown !== undefined) {
    ctx.stderr.write(
      `dmesg: ${unknown.startsWith("-") ? `invalid option -- '${unknown.slice(1)}'` : `bad usage`}\nTry 'dmesg --help' for more information.\n`,
    );
    return 1;
  }
  const log = ctx.world.kernelLog;
  if (!args.includes("-C")) for (const { at, text } of log) ctx.stdout.write(`${stamp(at)}${text}\n`);
  if (args.includes("-c") || args.includes("-C")) log.length = 0;
  return 0;
};
