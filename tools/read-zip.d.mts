import type { ZipEntry } from './zip.mjs';
export function readZip(zip: Buffer): ZipEntry[];
