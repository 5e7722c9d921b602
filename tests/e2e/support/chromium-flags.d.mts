/** Types for chromium-flags.mjs, the flags of every headless Chromium of the e2e suites and the bench. */
export const CHROMIUM_FLAGS: readonly string[];
