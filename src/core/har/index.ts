/** HAR files → observations → the ledger, in memory or streamed. */
export { readHar, type ReadHarOptions, type ReadHarResult } from './read-har';
export { createHarStreamParser, type HarStreamHandlers, type HarStreamParser } from './har-stream-parser';
export { createHarConverter, type HarConverter, type HarSummary } from './har-converter';
export { harNotes, EXPORT_WITH_COOKIES, type HarNote } from './har-notes';
export type { HarProblem } from './har-problem';
export { entryObservation, type EntryOutcome } from './entry-observation';
export { inferKind, type EntryKind, type KindFacts } from './resource-type';
export { createPageTracker, type PageTracker } from './page-tracker';
export { setCookieLines, lineFromHarCookie } from './set-cookie-lines';
