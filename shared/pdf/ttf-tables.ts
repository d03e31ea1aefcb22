/* Byte arithmetic of a TrueType file's table directory, shared by the font trimming and assembly. */

/** Tables start on 4-byte boundaries. */
export function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The sum of big-endian 32-bit words, zero-padded, modulo 2³²: a table's (or the file's) checksum. */
export function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const end = offset + align4(length);
  for (let i = offset; i < end; i += 4) {
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}
