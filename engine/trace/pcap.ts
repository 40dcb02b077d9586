/**
 * Classic libpcap files (the format `tcpdump -w` writes and Wireshark opens): a global header, then
 * one record per frame, stamped with the world's virtual clock. Little-endian, microseconds,
 * LINKTYPE_ETHERNET (Linux captures lo as Ethernet too).
 */

/** One captured frame and when the device saw it (ms since the epoch, virtual clock). */
export interface PcapRecord {
  readonly time: number;
  readonly frame: Uint8Array;
}

const MAGIC = 0xa1b2c3d4;
const VERSION_MAJOR = 2;
const VERSION_MINOR = 4;
/** The most bytes captured of a frame: tcpdump's default snap length. */
const SNAPLEN = 262_144;
const LINKTYPE_ETHERNET = 1;
const GLOBAL_HEADER = 24;
const RECORD_HEADER = 16;

/** The file's global header. */
export function pcapHeader(): Uint8Array {
  const bytes = new Uint8Array(GLOBAL_HEADER);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint16(4, VERSION_MAJOR, true);
  view.setUint16(6, VERSION_MINOR, true);
  // thiszone and sigfigs stay 0: timestamps are UTC.
  view.setUint32(16, SNAPLEN, true);
  view.setUint32(20, LINKTYPE_ETHERNET, true);
  return bytes;
}

/** One frame's record: its header and bytes. */
export function pcapRecord({ time, frame }: PcapRecord): Uint8Array {
  const bytes = new Uint8Array(RECORD_HEADER + frame.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, Math.floor(time / 1000), true);
  view.setUint32(4, Math.round((time % 1000) * 1000), true);
  view.setUint32(8, frame.length, true);
  view.setUint32(12, frame.length, true);
  bytes.set(frame, RECORD_HEADER);
  return bytes;
}

/** A whole file of these frames, in order. */
export function pcapFile(records: readonly PcapRecord[]): Uint8Array<ArrayBuffer> {
  const parts = [pcapHeader(), ...records.map(pcapRecord)];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}
