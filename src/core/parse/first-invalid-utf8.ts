/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when all of it is well
 * formed. TextDecoder({ fatal: true }) only says "invalid"; the reader needs to know where. The
 * ranges are Unicode's table of well-formed sequences (3-7), so overlong forms, surrogates and
 * code points above U+10FFFF are refused exactly as TextDecoder refuses them.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 === 0xe0) lo = 0xa0; // overlong below U+0800
      if (b0 === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 === 0xf0) lo = 0x90; // overlong below U+10000
      if (b0 === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    if (i + length > n) return i;
    const b1 = bytes[i + 1] ?? 0;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < length; k += 1) {
      const b = bytes[i + k] ?? 0;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
