import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareContracts, type OpenApiDocument } from "../../../src/remote/conformance.ts";

const OURS = fileURLToPath(new URL("../../../schema/lumos-openapi.yaml", import.meta.url));
const ORIGINAL = fileURLToPath(new URL("../../../../shared/lumos-openapi/original-openapi.json", import.meta.url));
const present = existsSync(ORIGINAL);

if (!present) console.info(`contract conformance skipped: ${ORIGINAL} is absent`);

describe.skipIf(!present)("our contract agrees with the published Lumos OpenAPI document", () => {
  const ours = parse(readFileSync(OURS, "utf8")) as OpenApiDocument;
  const original = present ? (JSON.parse(readFileSync(ORIGINAL, "utf8")) as OpenApiDocument) : ours;

  it("has no path, method, parameter, property, type, enum or required flag that differs", () => {
    expect(compareContracts(ours, original)).toEqual([]);
  });

  it("covers every operation the tool uses", () => {
    const operations = Object.entries(ours.paths).flatMap(([path, item]) =>
      Object.entries(item).filter(([, op]) => !op["x-lumos-extension"]).map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBe(42);
  });
});

describe("the conformance check itself", () => {
  const base: OpenApiDocument = {
    paths: {
      "/things/{id}": {
        get: {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: "object", required: ["id"], properties: { id: { type: "string" }, kind: { type: "string", enum: ["A", "B"] } } },
      },
    },
  };
  const mutate = (change: (doc: OpenApiDocument) => void): OpenApiDocument => {
    const doc = structuredClone(base);
    change(doc);
    return doc;
  };
  const thing = (doc: OpenApiDocument) => doc.components!.schemas!.Thing as { properties: Record<string, Record<string, unknown>>; required: string[] };

  it("accepts an identical document", () => {
    expect(compareContracts(base, base)).toEqual([]);
  });

  it("catches each kind of difference", () => {
    expect(compareContracts(mutate((d) => { d.paths["/other"] = d.paths["/things/{id}"]!; }), base)).toEqual(["GET /other: not in the Lumos document"]);
    expect(compareContracts(mutate((d) => { thing(d).properties.kind!.enum = ["A", "C"]; }), base)[0]).toContain("enum");
    expect(compareContracts(mutate((d) => { thing(d).properties.id!.type = "integer"; }), base)[0]).toContain("type");
    expect(compareContracts(mutate((d) => { thing(d).properties.extra = { type: "string" }; }), base)[0]).toContain("extra");
    expect(compareContracts(mutate((d) => { thing(d).required = []; }), base)[0]).toContain("required");
    expect(
      compareContracts(mutate((d) => { d.paths["/things/{id}"]!.get!.parameters![0]!.required = false; }), base)[0],
    ).toContain("parameter id");
  });

  it("ignores operations and schemas marked as extensions", () => {
    const doc = mutate((d) => {
      d.paths["/mine"] = { post: { "x-lumos-extension": true, responses: {} } };
      d.components!.schemas!.Mine = { "x-lumos-extension": true, type: "object" };
    });
    expect(compareContracts(doc, base)).toEqual([]);
  });
});
