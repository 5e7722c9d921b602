/**
 * The flags every headless Chromium of the e2e suites and the bench is started with: no sandbox
 * and no GPU (containers), nothing of its own on the network (the suites check that the extension
 * makes no request), and no QUIC, so that every load goes through the same HTTP/1.1 stack.
 * Plain JavaScript, so that the bench (run by Node without a TypeScript loader) can import it too.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
