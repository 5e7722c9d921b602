/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON Schema with ajv (draft 2020-12, formats
 * checked). The schema is the copy Microsoft's SARIF SDK ships in the platform package of
 * @microsoft/sarif-multitool (`sarif-2.1.0.json`): the OASIS schema, with the `language` pattern
 * written so that JavaScript regular expressions accept it. No smaller npm package ships the final
 * 2.1.0 schema (@microsoft/jest-sarif has the 2.1.0-rtm.5 draft).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve(`@microsoft/sarif-multitool-${process.platform}/sarif-2.1.0.json`);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { title?: string };
if (schema.title !== 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema') {
  throw new Error(`${schemaPath} is not the SARIF 2.1.0 schema: ${String(schema.title)}`);
}
// ajv's default strictness: the schema states `required` inside `anyOf` branches (strictRequired off).
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Returns ajv's error list as text, '' when the log is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string {
  return validate(log) ? '' : ajv.errorsText(validate.errors);
}
