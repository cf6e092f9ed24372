import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareContracts, type OpenApiDocument } from "../../../src/remote/conformance.ts";
import { referenceDocument } from "../../helpers/reference-document.ts";

const OURS = fileURLToPath(new URL("../../../schema/lumos-openapi.yaml", import.meta.url));
const ORIGINAL = process.env.LUMOS_OPENAPI ?? fileURLToPath(new URL("../../../../shared/lumos-openapi/original-openapi.json", import.meta.url));

describe("our contract agrees with the published Lumos OpenAPI document", () => {
  const text = referenceDocument(ORIGINAL, "Lumos's published OpenAPI document", "LUMOS_OPENAPI");
  if (text === undefined) return;
  const ours = parse(readFileSync(OURS, "utf8")) as OpenApiDocument;
  const original = JSON.parse(text) as OpenApiDocument;

  it("has no operation, parameter, body, response or schema that differs", () => {
    expect(compareContracts(ours, original)).toEqual([]);
  });

  it("covers every operation the tool uses", () => {
    const operations = Object.entries(ours.paths).flatMap(([path, item]) =>
      Object.entries(item).filter(([, op]) => !op["x-lumos-extension"]).map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBe(46);
  });
});


describe("the conformance check itself", () => {
  const base: OpenApiDocument = {
    paths: {
      "/things/{id}": {
        get: {
          operationId: "getThing",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "size", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 50 } },
          ],
          responses: {
            "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            "422": { description: "", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
        put: {
          operationId: "replaceThing",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          responses: {
            "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            "201": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string", format: "uuid", readOnly: true },
            kind: { type: "string", enum: ["A", "B"] },
            secret: { type: "string", writeOnly: true },
            tags: { type: "array", items: { type: "string" }, uniqueItems: true },
            groups: { anyOf: [{ $ref: "#/components/schemas/Groups" }, { type: "null" }], default: { type: "ALL", groups: [] } },
          },
        },
        Groups: { type: "object", properties: { type: { type: "string" }, groups: { type: "array", items: { type: "string" } } } },
      },
    },
  };
  const mutate = (change: (doc: OpenApiDocument) => void): OpenApiDocument => {
    const doc = structuredClone(base);
    change(doc);
    return doc;
  };
  const thing = (doc: OpenApiDocument) => doc.components!.schemas!.Thing as { properties: Record<string, Record<string, unknown>>; required: string[] };
  const get = (doc: OpenApiDocument) => doc.paths["/things/{id}"]!.get!;
  const put = (doc: OpenApiDocument) => doc.paths["/things/{id}"]!.put!;
  const problems = (change: (doc: OpenApiDocument) => void): string[] => compareContracts(mutate(change), base);

  it("accepts an identical document", () => {
    expect(compareContracts(base, base)).toEqual([]);
  });

  it("accepts a contract that leaves out properties, optional parameters and error responses", () => {
    expect(problems((d) => {
      delete thing(d).properties.kind;
      get(d).parameters = get(d).parameters!.slice(0, 1);
      delete get(d).responses!["422"];
    })).toEqual([]);
  });

  it("catches an operation, property or parameter Lumos does not have", () => {
    expect(problems((d) => { d.paths["/other"] = d.paths["/things/{id}"]!; })).toContain("GET /other: not in the Lumos document");
    expect(problems((d) => { thing(d).properties.extra = { type: "string" }; })).toEqual(["schema Thing: property extra not in the Lumos document"]);
    expect(problems((d) => { get(d).parameters!.push({ name: "q", in: "query", schema: { type: "string" } }); })).toEqual([
      "GET /things/{id}: parameter q (query) not in the Lumos document",
    ]);
  });

  it("catches a type, format or enum that differs", () => {
    expect(problems((d) => { thing(d).properties.id!.type = "integer"; })).toEqual(['schema Thing.id: type is "integer", Lumos says "string"']);
    expect(problems((d) => { delete thing(d).properties.id!.format; })).toEqual(['schema Thing.id: format is absent, Lumos says "uuid"']);
    expect(problems((d) => { thing(d).properties.kind!.enum = ["A", "C"]; })).toEqual(['schema Thing.kind: enum ["A","C"], Lumos says ["A","B"]']);
  });

  it("catches a required flag that differs, on a property or a parameter", () => {
    expect(problems((d) => { thing(d).required = []; })).toEqual(["schema Thing: id required=false, Lumos says true"]);
    expect(problems((d) => { get(d).parameters![0]!.required = false; })).toContain("GET /things/{id}: parameter id required=false, Lumos says true");
  });

  it("catches a default that differs, is missing or is invented", () => {
    expect(problems((d) => { thing(d).properties.groups!.default = { type: "ALL" }; })).toEqual([
      'schema Thing.groups: default is {"type":"ALL"}, Lumos says {"type":"ALL","groups":[]}',
    ]);
    expect(problems((d) => { delete thing(d).properties.groups!.default; })).toEqual([
      'schema Thing.groups: default is absent, Lumos says {"type":"ALL","groups":[]}',
    ]);
    expect(problems((d) => { get(d).parameters![1]!.schema!.default = 100; })).toEqual(["GET /things/{id} parameter size: default is 100, Lumos says 50"]);
    expect(problems((d) => { thing(d).properties.kind!.default = "A"; })).toEqual(['schema Thing.kind: default is "A", Lumos says absent']);
  });

  it("catches a default or flag written beside a $ref", () => {
    const withOwner = (d: OpenApiDocument, owner: Record<string, unknown>) => { thing(d).properties.owner = owner; };
    const lumos = mutate((d) => withOwner(d, { $ref: "#/components/schemas/Groups", default: { type: "ALL", groups: [] }, readOnly: true }));
    const ours = (owner: Record<string, unknown>) => compareContracts(mutate((d) => withOwner(d, owner)), lumos);
    expect(ours({ $ref: "#/components/schemas/Groups", default: { type: "ALL", groups: [] }, readOnly: true })).toEqual([]);
    expect(ours({ $ref: "#/components/schemas/Groups", default: {}, readOnly: true })).toEqual([
      'schema Thing.owner: default is {}, Lumos says {"type":"ALL","groups":[]}',
    ]);
    expect(ours({ $ref: "#/components/schemas/Groups", default: { type: "ALL", groups: [] } })).toEqual(["schema Thing.owner: readOnly is false, Lumos says true"]);
  });

  it("catches a discriminator that differs", () => {
    const lumos = mutate((d) => { thing(d).properties.kind!.discriminator = { propertyName: "type", mapping: { A: "#/components/schemas/Groups" } }; });
    expect(compareContracts(base, lumos)).toEqual([
      'schema Thing.kind: discriminator is absent, Lumos says {"propertyName":"type","mapping":{"A":"#/components/schemas/Groups"}}',
    ]);
  });

  it("ignores the order of keys inside a default", () => {
    expect(problems((d) => { thing(d).properties.groups!.default = { groups: [], type: "ALL" }; })).toEqual([]);
  });

  it("catches an operationId that differs", () => {
    expect(problems((d) => { get(d).operationId = "listThings"; })).toEqual(['GET /things/{id}: operationId is "listThings", Lumos says "getThing"']);
    expect(problems((d) => { delete put(d).operationId; })).toEqual(['PUT /things/{id}: operationId is absent, Lumos says "replaceThing"']);
  });

  it("catches readOnly, writeOnly and uniqueItems that differ", () => {
    expect(problems((d) => { delete thing(d).properties.id!.readOnly; })).toEqual(["schema Thing.id: readOnly is false, Lumos says true"]);
    expect(problems((d) => { thing(d).properties.kind!.readOnly = true; })).toEqual(["schema Thing.kind: readOnly is true, Lumos says false"]);
    expect(problems((d) => { delete thing(d).properties.secret!.writeOnly; })).toEqual(["schema Thing.secret: writeOnly is false, Lumos says true"]);
    expect(problems((d) => { thing(d).properties.tags!.uniqueItems = false; })).toEqual(["schema Thing.tags: uniqueItems is false, Lumos says true"]);
  });

  it("catches nullability that differs, however it is spelled", () => {
    expect(problems((d) => { thing(d).properties.groups = { $ref: "#/components/schemas/Groups", default: { type: "ALL", groups: [] } }; })).toContain(
      "schema Thing.groups: not nullable, Lumos says nullable",
    );
    expect(problems((d) => { thing(d).properties.kind!.type = ["string", "null"]; })).toContain("schema Thing.kind: nullable, Lumos says not nullable");
    expect(problems((d) => { thing(d).properties.kind!.nullable = true; })).toContain("schema Thing.kind: nullable, Lumos says not nullable");
  });

  it("catches a success response that is dropped or invented, and an operation without one", () => {
    expect(problems((d) => { delete put(d).responses!["201"]; })).toEqual(["PUT /things/{id}: success response 201 missing"]);
    expect(problems((d) => { get(d).responses!["204"] = { description: "" }; })).toEqual(["GET /things/{id}: response 204 not in the Lumos document"]);
    expect(problems((d) => { get(d).responses = {}; })).toEqual(["GET /things/{id}: success response 200 missing", "GET /things/{id}: no success response"]);
  });

  it("catches a response or request body whose schema or media type differs", () => {
    expect(problems((d) => { put(d).requestBody!.required = false; })).toEqual(["PUT /things/{id}: request body required=false, Lumos says true"]);
    expect(problems((d) => { delete put(d).requestBody; })).toEqual(["PUT /things/{id}: request body missing"]);
    expect(problems((d) => { put(d).requestBody!.content = { "text/plain": { schema: { type: "string" } } }; })).toEqual([
      "PUT /things/{id} request body: has a text/plain body the Lumos document does not describe",
      "PUT /things/{id} request body: application/json body missing",
    ]);
    expect(problems((d) => { get(d).responses!["200"]!.content = { "application/json": { schema: { $ref: "#/components/schemas/Groups" } } }; })).toContain(
      "GET /things/{id} response 200: refers to Groups, Lumos to Thing",
    );
  });

  it("catches a schema inlined where Lumos refers to one, and differences inside anyOf branches", () => {
    expect(problems((d) => { thing(d).properties.groups!.anyOf = [{ type: "object" }, { type: "null" }]; })).toContain(
      "schema Thing.groups.anyOf[0]: inline schema, Lumos refers to Groups",
    );
    expect(problems((d) => { (d.components!.schemas!.Groups as { properties: Record<string, Record<string, unknown>> }).properties.type!.type = "integer"; })).toEqual([
      'schema Groups.type: type is "integer", Lumos says "string"',
    ]);
  });

  it("ignores operations and schemas marked as extensions", () => {
    const doc = mutate((d) => {
      d.paths["/mine"] = { post: { "x-lumos-extension": true, responses: {} } };
      d.components!.schemas!.Mine = { "x-lumos-extension": true, type: "object" };
    });
    expect(compareContracts(doc, base)).toEqual([]);
  });

  it("refuses to treat one of Lumos's own operations or schemas as an extension", () => {
    expect(problems((d) => { put(d)["x-lumos-extension"] = true; })).toEqual(["PUT /things/{id}: marked x-lumos-extension, but the Lumos document has it"]);
    expect(problems((d) => { d.components!.schemas!.Groups!["x-lumos-extension"] = true; })).toEqual([
      "schema Groups: marked x-lumos-extension, but the Lumos document has a schema of that name",
    ]);
  });
});
