import * as zlib from 'node:zlib';

/*
 * Hostile spreadsheets for the end-to-end tests (#19), made here rather than kept as binary fixtures.
 */

const encoder = new TextEncoder();

/** `bytes` zeros as one fixed-Huffman deflate block: a zero, then back-references of 258 bytes at distance 1 (13 bits each). */
function deflatedZeros(bytes: number): Uint8Array {
  const matches = Math.floor((bytes - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + ((bytes - 1) % 258) * 8 + 7) / 8) + 1);
  let at = 0;
  let bit = 0;
  const put = (value: number, count: number, msbFirst: boolean) => {
    for (let i = 0; i < count; i++) {
      const b = msbFirst ? (value >> (count - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[at] = out[at]! | (1 << bit);
      if (++bit === 8) {
        bit = 0;
        at++;
      }
    }
  };
  put(1, 1, false); // BFINAL
  put(1, 2, false); // BTYPE = fixed Huffman
  put(0x30, 8, true); // literal 0
  let left = bytes - 1;
  for (; left >= 258; left -= 258) {
    put(0xc5, 8, true); // length 258 (code 285)
    put(0, 5, true); // distance 1
  }
  for (; left > 0; left--) put(0x30, 8, true);
  put(0, 7, true); // end of block
  return out.subarray(0, at + 1);
}

interface Entry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  size: number;
  crc: number;
}

const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

function zip(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc >>> 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(16, entry.crc >>> 0, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.size, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((n, part) => n + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

const stored = (name: string, text: string): Entry => {
  const data = encoder.encode(text);
  return { name, data, method: 0, size: data.length, crc: crc32?.(data) ?? 0 };
};

/** An XLSX whose one sheet unpacks to 256 MB of zeros from under 2 MB (160 to 1): refused before it is unpacked. */
export function zipBomb(unpacked = 256 * 1024 * 1024): Uint8Array {
  const data = deflatedZeros(unpacked);
  return zip([
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'),
    // The CRC of the zeros is not worked out here: the file is refused before any check of it.
    { name: 'xl/worksheets/sheet1.xml', data, method: 8, size: unpacked, crc: 0 },
  ]);
}
