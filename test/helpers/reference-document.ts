import { existsSync, readFileSync } from "node:fs";
import { it, expect } from "vitest";

/**
 * Text of a published reference document (Lumos's OpenAPI document, Okta's event-hook
 * operations, the official provider schema) that a conformance test compares ours against.
 * Such a test is never skipped: when the document is absent, a failing test says where it
 * belongs and which variable names another place, and the caller registers nothing else.
 */
export function referenceDocument(path: string, what: string, variable: string): string | undefined {
  if (existsSync(path)) return readFileSync(path, "utf8");
  it(`finds ${what}`, () => {
    expect.fail(`${path} is absent: the conformance check needs it (put ../shared beside the repository, or set ${variable})`);
  });
  return undefined;
}
