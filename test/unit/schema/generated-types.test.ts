import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_PATH, OKTA_GENERATED_PATH, renderOktaTypes, renderTypes } from "../../../generators/openapi-types.ts";

describe("generated API types", () => {
  it("match the contract (run `npm run generate` after editing schema/lumos-openapi.yaml)", async () => {
    const committed = readFileSync(GENERATED_PATH, "utf8");
    expect(committed.startsWith("/* eslint-disable */\n// DO NOT EDIT.")).toBe(true);
    expect(committed === (await renderTypes()), `${GENERATED_PATH} is stale`).toBe(true);
  });

  it("keep server defaults optional on requests", () => {
    const committed = readFileSync(GENERATED_PATH, "utf8");
    expect(committed).toMatch(/appstore_visibility\?: components\["schemas"\]\["AppStoreVisibilityOption"\] \| null;/);
  });

  it("match the Okta contract (run `npm run generate` after editing schema/okta-openapi.yaml)", async () => {
    const committed = readFileSync(OKTA_GENERATED_PATH, "utf8");
    expect(committed.startsWith("/* eslint-disable */\n// DO NOT EDIT.")).toBe(true);
    expect(committed === (await renderOktaTypes()), `${OKTA_GENERATED_PATH} is stale`).toBe(true);
  });
});
