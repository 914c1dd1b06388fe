import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../../schema/article.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Schema errors of a record, as readable strings (empty when valid). */
export function schemaErrors(record: unknown): string[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message}`);
}
