import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  acceptedUndeclared,
  contractOperations,
  coverage,
  logViolationsBeyond,
  operationsInSource,
  parseViolations,
  routeOf,
  violationsInLog,
  type Violation,
} from "../../../scripts/prism-check-lib.ts";

const doc = {
  paths: {
    "/apps": { get: {}, post: {} },
    "/apps/categories": { get: {} },
    "/apps/{app_id}": { get: {}, patch: {}, parameters: [] },
    "/sync_schedules/{app_id}": { put: { "x-lumos-extension": true } },
  },
};
const operations = contractOperations(doc);

describe("the Prism check's pieces", () => {
  it("lists the contract's operations and marks extensions", () => {
    expect(operations.map((op) => `${op.method} ${op.path}${op.extension ? " (ext)" : ""}`)).toEqual([
      "GET /apps",
      "POST /apps",
      "GET /apps/categories",
      "GET /apps/{app_id}",
      "PATCH /apps/{app_id}",
      "PUT /sync_schedules/{app_id} (ext)",
    ]);
  });

  it("finds the operation of a request, static segments before parameters", () => {
    expect(routeOf(operations, "GET", "/apps/categories")?.path).toBe("/apps/categories");
    expect(routeOf(operations, "GET", "/apps/123")?.path).toBe("/apps/{app_id}");
    expect(routeOf(operations, "patch", "/apps/123")?.path).toBe("/apps/{app_id}");
    expect(routeOf(operations, "PUT", "/sync_schedules/9")?.extension).toBe(true);
    expect(routeOf(operations, "DELETE", "/apps/123")).toBeUndefined();
    expect(routeOf(operations, "GET", "/apps/123/extra")).toBeUndefined();
    expect(routeOf(operations, "GET", "/apps/")?.path).toBe("/apps");
  });

  describe("the operations a source tree calls", () => {
    const root = mkdtempSync(join(tmpdir(), "prism-src-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, "src/remote/generated"), { recursive: true });
    mkdirSync(join(root, "src/simulator"), { recursive: true });
    writeFileSync(join(root, "src/remote/a.ts"), `client.api.GET("/apps", {}); client.api\n  .PATCH('/apps/{app_id}', {});`);
    writeFileSync(join(root, "src/remote/generated/types.ts"), `api.DELETE("/generated")`);
    writeFileSync(join(root, "src/simulator/s.ts"), `api.POST("/simulated")`);
    writeFileSync(join(root, "src/b.md"), `api.POST("/not-code")`);

    it("reads api.METHOD(path) calls outside the simulator and the generated types", () => {
      expect([...operationsInSource(root).entries()]).toEqual([
        ["GET /apps", "src/remote/a.ts"],
        ["PATCH /apps/{app_id}", "src/remote/a.ts"],
      ]);
    });

    it("finds the tool's real calls in this repository", () => {
      const found = operationsInSource(fileURLToPath(new URL("../../..", import.meta.url)));
      expect(found.get("POST /apps")).toBe("src/remote/adapters.ts");
      expect(found.get("GET /users")).toBeDefined();
      expect([...found.keys()].some((op) => op.includes("_simulator"))).toBe(false);
    });
  });

  it("reads Prism's sl-violations header, and reports one it cannot read", () => {
    const header = JSON.stringify([{ location: ["request", "query", "size"], severity: "Error", code: "maximum", message: "must be <= 100" }]);
    expect(parseViolations(header, "GET /apps", 422)).toEqual([
      { operation: "GET /apps", status: 422, location: "request.query.size", severity: "Error", message: "must be <= 100" },
    ]);
    expect(parseViolations(null, "GET /apps", 200)).toEqual([]);
    expect(parseViolations("not json", "GET /apps", 200)[0]!.message).toContain("unreadable");
  });

  it("accepts only the warning that a provoked status is undeclared", () => {
    const undeclared = (status: number, extra: Partial<Violation> = {}): Violation => ({
      operation: "GET /apps/{app_id}",
      status,
      location: "response",
      severity: "Warning",
      message: "Unable to match the returned status code with those defined in the document: 200,422",
      ...extra,
    });
    expect(acceptedUndeclared(undeclared(404))).toBe(true);
    expect(acceptedUndeclared(undeclared(429))).toBe(true);
    expect(acceptedUndeclared(undeclared(500))).toBe(false);
    expect(acceptedUndeclared(undeclared(200))).toBe(false);
    expect(acceptedUndeclared(undeclared(404, { severity: "Error" }))).toBe(false);
    expect(acceptedUndeclared(undeclared(404, { location: "response.body.id", message: "must be string" }))).toBe(false);
  });

  it("takes violations from Prism's log and leaves out only the accepted ones", () => {
    const log = [
      "[1:06:55 AM] › [HTTP SERVER] get /info ℹ  info      Request received",
      "[1:06:55 AM] ›     [VALIDATOR] \u001b[33m⚠  warning\u001b[39m   Violation: response Unable to match the returned status code with those defined in the document: 200",
      "[1:06:56 AM] ›     [VALIDATOR] ✖  error     Violation: response.body.id must be string",
    ].join("\n");
    const lines = violationsInLog(log);
    expect(lines).toHaveLength(2);
    expect(logViolationsBeyond(lines, 1)).toEqual([lines[1]]);
    expect(logViolationsBeyond(lines, 0)).toEqual(lines);
  });

  it("reports the public operations the tool calls that were not exercised", () => {
    const report = coverage(operations, ["GET /apps", "PATCH /apps/{app_id}", "PUT /sync_schedules/{app_id}", "GET /nowhere"], ["GET /apps", "PUT /sync_schedules/{app_id}"]);
    expect(report).toEqual({
      covered: ["GET /apps"],
      missing: ["PATCH /apps/{app_id}"],
      unused: ["GET /apps/categories", "GET /apps/{app_id}", "POST /apps"],
      unknown: ["GET /nowhere"],
    });
  });
});
