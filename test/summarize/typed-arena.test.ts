import { describe, expect, it } from "vitest";
import { scratchArena, SEPARATE_ARRAYS, TypedArena } from "../../src/summarize/typed-arena.js";

describe("TypedArena", () => {
  it("carves aligned, separate, zeroed views while there is room", () => {
    const arena = new TypedArena(new ArrayBuffer(64), 64);
    const bytes = arena.uint8(3);
    const ints = arena.int32(2);
    const doubles = arena.float64(2);
    expect([bytes.byteOffset, ints.byteOffset, doubles.byteOffset]).toEqual([0, 4, 16]);
    expect(ints.buffer).toBe(bytes.buffer);
    bytes.fill(255);
    ints.fill(-1);
    doubles.fill(0.5);
    expect(Array.from(bytes)).toEqual([255, 255, 255]);
    expect(Array.from(ints)).toEqual([-1, -1]);
  });

  it("gives a view its own buffer when the room is used up", () => {
    const arena = new TypedArena(new ArrayBuffer(16), 16);
    const first = arena.float64(2);
    const second = arena.int32(1);
    expect(second.buffer).not.toBe(first.buffer);
    expect(Array.from(second)).toEqual([0]);
    expect(SEPARATE_ARRAYS.int32(3)).toHaveLength(3);
  });

  it("zeroes a scratch arena's memory again for every call", () => {
    scratchArena(32).int32(8).fill(7);
    expect(Array.from(scratchArena(32).int32(8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const big = scratchArena(1 << 20).float64(1 << 17);
    expect(big[(1 << 17) - 1]).toBe(0);
  });
});
