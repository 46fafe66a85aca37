/**
 * Reader for the SSH wire encoding (RFC 4251 §5) used inside public key blobs: big-endian uint32
 * lengths followed by that many bytes. A length that runs past the end means the paste was cut off.
 */
export class TruncatedBlobError extends Error {
  override readonly name = "TruncatedBlobError";
}

export class WireReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get atEnd(): boolean {
    return this.offset === this.bytes.length;
  }

  string(): Uint8Array {
    if (this.offset + 4 > this.bytes.length) throw new TruncatedBlobError("length prefix cut off");
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 4);
    const length = view.getUint32(0);
    const start = this.offset + 4;
    if (start + length > this.bytes.length) throw new TruncatedBlobError("field cut off");
    this.offset = start + length;
    return this.bytes.subarray(start, start + length);
  }

  /** Key type and curve names are ASCII; anything else cannot match a name we compare with. */
  text(): string {
    return Buffer.from(this.string()).toString("latin1");
  }

  /**
   * An mpint (two's complement, big-endian) that must be positive; returns its magnitude without
   * leading zero bytes, or undefined when negative.
   */
  positiveMpint(): Uint8Array | undefined {
    const raw = this.string();
    if (raw.length > 0 && (raw[0] ?? 0) & 0x80) return undefined;
    let start = 0;
    while (start < raw.length && raw[start] === 0) start++;
    return raw.subarray(start);
  }
}

/** Bit length of an unsigned big-endian integer without leading zero bytes (as `ssh-keygen -l`). */
export function bitLength(magnitude: Uint8Array): number {
  const top = magnitude[0];
  if (top === undefined) return 0;
  return (magnitude.length - 1) * 8 + (32 - Math.clz32(top));
}
