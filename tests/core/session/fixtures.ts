import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../fixtures/sessions');

export function readFixture<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as T;
}

export interface FlaskSample {
  id: string;
  case: string;
  secret_repr: string;
  secret_is_bytes: boolean;
  secret_hex: string;
  cookie: string;
  timestamp: number;
  compressed: boolean;
  decoded_python: unknown;
}

export interface FlaskFixture {
  samples: FlaskSample[];
  synthetic_samples: { id: string; cookie: string; secret_repr: string; real_time_if_epoch_2011: string; tagged_json_text: string }[];
}

/** The secret as the library saw it: bytes for a bytes key, the UTF-8 string otherwise. */
export function flaskSecret(sample: FlaskSample): string | Uint8Array {
  const bytes = Uint8Array.from(Buffer.from(sample.secret_hex, 'hex'));
  return sample.secret_is_bytes ? bytes : Buffer.from(bytes).toString('utf8');
}

/**
 * The fixture records Python values with their types ({"__python_type__": "tuple", ...}); the
 * decoder promises plain JSON: tuple → array, bytes → standard base64, Markup and UUID →
 * strings, datetime → ISO 8601 UTC.
 */
export function expectedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expectedJson);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  switch (record.__python_type__) {
    case 'tuple':
      return expectedJson(record.items);
    case 'bytes':
      return Buffer.from(String(record.hex), 'hex').toString('base64');
    case 'Markup':
    case 'UUID':
      return record.value;
    case 'datetime':
      return new Date(String(record.value)).toISOString();
    default:
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, expectedJson(v)]));
  }
}
