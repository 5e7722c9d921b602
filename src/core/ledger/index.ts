export * from './types';
export { createLedger, createSite } from './create-ledger';
export { recordObservation, type RecordOptions } from './record-observation';
export { siteFromJson } from './site-from-json';
export { siteKeyFor, httpOrigin, hostOf } from './site-key';
export { domainKey, keyMatchesHost } from './domain-key';
export { recordScriptChange, type ScriptChange } from './record-script-change';
