/**
 * Typed arrays carved out of one ArrayBuffer. A summary needs some twenty small arrays; made one by one, each
 * is its own off-heap buffer, which costs more to create and to collect than the work done with it. A view
 * past the room gets its own buffer, so a wrong estimate costs only speed. Views start zeroed.
 */
export class TypedArena {
  private offset = 0;

  /** Views are carved from `buffer[0, bytes)`, which must be zeroed. */
  constructor(
    private readonly buffer: ArrayBuffer,
    private readonly bytes: number,
  ) {}

  int32(length: number): Int32Array {
    const at = this.reserve(length, 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer, at, length);
  }

  float64(length: number): Float64Array {
    const at = this.reserve(length, 8);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.buffer, at, length);
  }

  uint8(length: number): Uint8Array {
    const at = this.reserve(length, 1);
    return at < 0 ? new Uint8Array(length) : new Uint8Array(this.buffer, at, length);
  }

  /** Byte offset of a view of `length` elements of `size` bytes, or -1 when it does not fit. */
  private reserve(length: number, size: number): number {
    const at = Math.ceil(this.offset / size) * size;
    if (at + length * size > this.bytes) return -1;
    this.offset = at + length * size;
    return at;
  }
}

/** An arena with no room: every view gets its own buffer. The default for callers outside summarize(). */
export const SEPARATE_ARRAYS = new TypedArena(new ArrayBuffer(0), 0);

let shared = new ArrayBuffer(64 * 1024);

/**
 * An arena of `bytes` (with room for up to 7 bytes of alignment per view) over one buffer shared by every
 * call, zeroed first: its views are valid only until the next call. For work that keeps none of them.
 */
export function scratchArena(bytes: number): TypedArena {
  if (bytes > shared.byteLength) shared = new ArrayBuffer(Math.max(bytes, shared.byteLength * 2));
  else new Uint8Array(shared, 0, bytes).fill(0);
  return new TypedArena(shared, bytes);
}
