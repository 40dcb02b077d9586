import type { Command, CommandContext } from "../shell/command";
import { linkReady } from "../stack/neigh";
import type { Packet } from "../stack/packet";
import { writeFile } from "../shell/fs";
import type { FrameMacs, Tap } from "../world";
import { pcapHeader, pcapRecord } from "./pcap";
import { ethernetFrame } from "./pcap-frame";
import { TcpSeqTable } from "./tcp-seq";
import { compileFilter, FilterError, type CaptureFilter } from "./tcpdump-filter";
import { tcpdumpLine } from "./tcpdump-line";
import { tcpdumpText } from "./tcpdump-text";

interface CaptureArgs {
  readonly dev?: string;
  readonly numeric: boolean;
  readonly count?: number;
  /** -w FILE: raw packets into a pcap file of the scenario's file system instead of lines. */
  readonly write?: string;
  readonly expression: readonly string[];
}

/** getopt over tcpdump's options the playground models: -i DEV, -c N, -w FILE, -n (or -nn), -l; the rest is the filter. */
function parseArgs(argv: readonly string[]): CaptureArgs | { readonly error: string } {
  let dev: string | undefined;
  let numeric = false;
  let count: number | undefined;
  let write: string | undefined;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    for (let j = 1; j < arg.length; j++) {
      const option = arg[j]!;
      if (option === "n" || option === "l") {
        numeric ||= option === "n";
        continue;
      }
      if (option !== "i" && option !== "c" && option !== "w") return { error: tcpdumpText.usage };
      const value = j + 1 < arg.length ? arg.slice(j + 1) : argv[++i];
      if (value === undefined) return { error: tcpdumpText.missingArgument(option) + tcpdumpText.usage };
      if (option === "i") dev = value;
      else if (option === "w") write = value;
      else {
        count = /^\d+$/.test(value) ? Number(value) : 0;
        if (count <= 0) return { error: tcpdumpText.badCount(value) };
      }
      break;
    }
  }
  return { dev, numeric, count, ...(write === undefined ? {} : { write }), expression: argv.slice(i) };
}

/** The scenario's files hold text: binary data goes in as one character per byte. */
function binaryText(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The device tcpdump opens: the one given, or the first that is up and has a carrier (not lo). */
function openDevice(ctx: CommandContext, name: string | undefined): string | { readonly error: string } {
  const links = [...ctx.netns.links.values()];
  if (name === undefined) {
    const first = links.find((link) => link.kind !== "loopback" && linkReady(link));
    return first ? first.name : { error: tcpdumpText.noDevice };
  }
  const link = ctx.netns.links.get(name);
  if (!link) return { error: tcpdumpText.noSuchDevice(name) };
  return link.up ? link.name : { error: tcpdumpText.notUp(name) };
}

/**
 * A running capture: prints each packet that passes the filter (to where the job's output goes, the
 * terminal after the current command or a file it was redirected to), and with
 * -c stops after that many, with tcpdump's closing summary. On lo the tap sees each packet leave
 * and arrive; tcpdump shows it once.
 */
function startCapture(ctx: CommandContext, dev: string, args: CaptureArgs, filter: CaptureFilter): void {
  const { world } = ctx;
  const loopback = ctx.netns.links.get(dev)?.kind === "loopback";
  const seqs = new TcpSeqTable();
  let captured = 0;
  const tap: Tap = {
    netns: ctx.netns.name,
    dev,
    see(packet: Packet, out: boolean, macs: FrameMacs) {
      if ((loopback && !out) || !filter(packet)) return;
      // Format now: NAT rewrites the packet after this point.
      if (args.write !== undefined) {
        const record = pcapRecord({ time: world.clock, frame: ethernetFrame(packet, macs) });
        writeFile(world, args.write, binaryText(record), true);
      } else ctx.stdout.write(tcpdumpLine(packet, { numeric: args.numeric, seqs, clockMs: world.clock }));
      captured++;
      if (captured !== args.count) return;
      world.taps.splice(world.taps.indexOf(tap), 1);
      ctx.stderr.write(tcpdumpText.summary(captured));
    },
  };
  world.taps.push(tap);
}

/** `tcpdump [-n] [-i DEV] [-c N] [EXPRESSION]`: starts a capture and returns, as `tcpdump … &` does. */
export const tcpdump: Command = (ctx) => {
  const args = parseArgs(ctx.argv.slice(1));
  if ("error" in args) {
    ctx.stderr.write(args.error);
    return 1;
  }
  const dev = openDevice(ctx, args.dev);
  if (typeof dev !== "string") {
    ctx.stderr.write(dev.error);
    return 1;
  }
  let filter: CaptureFilter;
  try {
    filter = compileFilter(args.expression);
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    ctx.stderr.write(tcpdumpText.filter(error.message));
    return 1;
  }
  ctx.stderr.write(args.write === undefined ? tcpdumpText.banner(dev) : tcpdumpText.writeBanner(dev));
  if (args.write !== undefined) writeFile(ctx.world, args.write, binaryText(pcapHeader()), false);
  startCapture(ctx, dev, args, filter);
  return 0;
};

export const traceCommands: Readonly<Record<string, Command>> = { tcpdump };
