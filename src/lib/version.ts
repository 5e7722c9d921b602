declare const __VERSION__: string | undefined;

/** The package version, set by build.mjs; 'dev' when the sources run directly (tests). */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

export const TOOL_NAME = 'cookie-audit';
