export function packageWithWebExt(sourceDir: string, target: string): Promise<void>;
