import type { ErrorObject } from "ajv";
import { validate } from "./generated/config-validator.js";

/**
 * Checks a parsed file against the config JSON Schema. The schema is compiled by Ajv at
 * `npm run generate` time (src/load/generated/config-validator.js), not on every run; a test
 * fails when that compiled code no longer matches the kinds registry.
 */
export function validateConfigSchema(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
