// Types of config-validator.js, which generators/config-schema.ts writes (npm run generate).
import type { ErrorObject } from "ajv";

export interface CompiledValidator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: CompiledValidator;
export default validate;
