export interface ZipEntry {
  path: string;
  data: Buffer;
}
export function listFiles(dir: string): string[];
export function writeZip(dir: string, target: string): void;
export function zipEntries(entries: ZipEntry[]): Buffer;
