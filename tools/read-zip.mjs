// Reads the files out of a ZIP archive (stored or deflated, no ZIP64: enough for the archives
// web-ext writes), so build.mjs can rewrite web-ext's Firefox package reproducibly. The format is
// PKWARE APPNOTE 6.3; the central directory, not the local headers, is the archive's own index.
import { crc32, inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The file entries of `zip` ({path, data}) in archive order; directory entries are left out. */
export function readZip(zip) {
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`zip: no central header at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const path = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (!path.endsWith('/')) entries.push({ path, data: entryData(zip, at, path) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function findEnd(zip) {
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('zip: no end of central directory record');
}

function entryData(zip, central, path) {
  const method = zip.readUInt16LE(central + 10);
  const size = zip.readUInt32LE(central + 20);
  const local = zip.readUInt32LE(central + 42);
  if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`zip: no local header for ${path}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const packed = zip.subarray(start, start + size);
  if (method !== 0 && method !== 8) throw new Error(`zip: ${path} uses compression method ${method}`);
  const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
  if (crc32(data) !== zip.readUInt32LE(central + 16)) throw new Error(`zip: ${path} fails its CRC check`);
  return data;
}
