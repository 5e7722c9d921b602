// Draws the extension icon (a cookie under a magnifying-glass ring) at each size the manifest
// lists and writes the PNGs to extension/icons/. Run by hand when the design changes.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const CHIPS = [[0.36, 0.34, 0.07], [0.58, 0.3, 0.06], [0.32, 0.58, 0.06], [0.52, 0.52, 0.075], [0.44, 0.74, 0.05]];

function pixel(x, y) {
  const cx = 0.47, cy = 0.47, r = 0.38;
  const d = Math.hypot(x - cx, y - cy);
  const handle = x > 0.7 && y > 0.7 && Math.abs((x - 0.7) - (y - 0.7)) < 0.09 && x < 0.96 && y < 0.96;
  if (handle) return [40, 48, 64, 255];
  if (d > r + 0.06) return [0, 0, 0, 0];
  if (d > r) return [40, 48, 64, 255];
  if (CHIPS.some(([px, py, pr]) => Math.hypot(x - px, y - py) < pr)) return [92, 51, 23, 255];
  return [222, 164, 84, 255];
}

function png(size) {
  const rows = [];
  const S = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const p = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
        for (let i = 0; i < 3; i++) acc[i] += p[i] * p[3];
        acc[3] += p[3];
      }
      const a = acc[3] / (S * S);
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      row[1 + x * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`extension/icons/icon-${size}.png`, png(size));
