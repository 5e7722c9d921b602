/** Validates a report against the shipped docs/report.schema.json with ajv (draft 2020-12, strict). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

const schemaPath = path.resolve(__dirname, '../../../docs/report.schema.json');
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

/** Returns ajv's error list as text, '' when the report is valid. */
export function schemaErrors(report: unknown): string {
  return validate(report) ? '' : ajv.errorsText(validate.errors);
}
