export function listFiles(dir: string): string[];
export function writeZip(dir: string, target: string): void;
