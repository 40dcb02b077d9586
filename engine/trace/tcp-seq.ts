/**
 * tcpdump's relative sequence numbers (print-tcp.c, tcp_seq_hash): the first segment with ACK set of
 * a conversation (or any SYN with ACK) records both sides' initial numbers; later segments print
 * seq and ack relative to them. A bare SYN records nothing and prints absolute numbers.
 */
export class TcpSeqTable {
  readonly #flows = new Map<string, { seq: number; ack: number }>();

  /** The numbers tcpdump prints for one segment (mod 2^32), remembering the conversation as it does. */
  relative(
    src: number,
    sport: number,
    dst: number,
    dport: number,
    seq: number,
    ack: number,
    syn: boolean,
  ): { seq: number; ack: number } {
    // One entry for both directions: keyed from the lower port's side (then the lower address).
    const rev = sport > dport || (sport === dport && src >>> 0 > dst >>> 0);
    const key = rev ? `${dst}:${dport}>${src}:${sport}` : `${src}:${sport}>${dst}:${dport}`;
    const known = this.#flows.get(key);
    if (!known || syn) {
      this.#flows.set(key, rev ? { ack: seq, seq: (ack - 1) >>> 0 } : { seq, ack: (ack - 1) >>> 0 });
      return { seq, ack };
    }
    return rev
      ? { seq: (seq - known.ack) >>> 0, ack: (ack - known.seq) >>> 0 }
      : { seq: (seq - known.seq) >>> 0, ack: (ack - known.ack) >>> 0 };
  }
}
