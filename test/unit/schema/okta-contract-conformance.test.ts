import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareContracts, type OpenApiDocument, type OperationObject, type ParameterObject } from "../../../src/remote/conformance.ts";
import { referenceDocument } from "../../helpers/reference-document.ts";

const OURS = fileURLToPath(new URL("../../../schema/okta-openapi.yaml", import.meta.url));
const ORIGINAL = process.env.OKTA_OPENAPI ?? fileURLToPath(new URL("../../../../shared/okta-openapi/event-hooks-subset.json", import.meta.url));

/**
 * Both documents with path-level parameters moved onto each operation and `$ref`s to
 * components/parameters and components/responses written out, so operations compare as written.
 */
function inlined(doc: OpenApiDocument): OpenApiDocument {
  const components = (doc.components ?? {}) as Record<string, Record<string, unknown>>;
  const deref = <T>(value: T, section: string): T => {
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref !== "string" || !ref.startsWith(`#/components/${section}/`)) return value;
    return components[section]?.[ref.split("/").pop() ?? ""] as T;
  };
  const paths: OpenApiDocument["paths"] = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = ((item as Record<string, unknown>).parameters ?? []) as ParameterObject[];
    const out: Record<string, OperationObject> = {};
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters") continue;
      const parameters = [...shared, ...(op.parameters ?? [])].map((p) => deref(p, "parameters"));
      const responses = Object.fromEntries(Object.entries(op.responses ?? {}).map(([status, r]) => [status, deref(r, "responses")]));
      out[method] = { ...op, ...(parameters.length ? { parameters } : {}), responses };
    }
    paths[path] = out;
  }
  return { ...doc, paths };
}

describe("our Okta contract agrees with Okta's published event-hook operations", () => {
  const text = referenceDocument(ORIGINAL, "Okta's published event-hook operations", "OKTA_OPENAPI");
  if (text === undefined) return;
  const ours = parse(readFileSync(OURS, "utf8")) as OpenApiDocument;
  const original = JSON.parse(text) as OpenApiDocument;

  it("has no operation, parameter, body, response or schema that differs", () => {
    expect(compareContracts(inlined(ours), inlined(original))).toEqual([]);
  });

  it("covers the seven event-hook operations the tool uses, and nothing else", () => {
    const operations = Object.entries(ours.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        "GET /api/v1/eventHooks",
        "POST /api/v1/eventHooks",
        "GET /api/v1/eventHooks/{eventHookId}",
        "PUT /api/v1/eventHooks/{eventHookId}",
        "DELETE /api/v1/eventHooks/{eventHookId}",
        "POST /api/v1/eventHooks/{eventHookId}/lifecycle/activate",
        "POST /api/v1/eventHooks/{eventHookId}/lifecycle/deactivate",
        "POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify",
      ].sort(),
    );
  });

  it("fails when our contract drifts from Okta's (a changed enum is found)", () => {
    const drifted = structuredClone(ours);
    const schemas = drifted.components!.schemas!;
    schemas.EventHookChannelType = { type: "string", enum: ["HTTP", "HTTPS"] };
    expect(compareContracts(inlined(drifted), inlined(original))).toEqual([expect.stringContaining("enum")]);
  });

  it("keeps the authorization value write-only, as Okta never returns it", () => {
    const scheme = ours.components!.schemas!.EventHookChannelConfigAuthScheme as { properties: Record<string, Record<string, unknown>> };
    expect(scheme.properties.value?.writeOnly).toBe(true);
  });
});
