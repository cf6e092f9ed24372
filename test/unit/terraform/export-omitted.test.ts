import { describe, expect, it } from "vitest";
import type { LiveState } from "../../../src/model/types.ts";
import { desiredFromDocuments, exportTerraform } from "../../../src/terraform/export.ts";

const EMPTY_LIVE: LiveState = { kinds: {}, users: [], groups: [], unsupported: {}, connectionSchemas: {} };

describe("export of kinds the Lumos provider has no resource for", () => {
  it("leaves Okta event hooks out of the code and names them, so the caller can say so", () => {
    const desired = desiredFromDocuments(
      {
        apps: [{ name: "Payroll", category: "Finance", description: "custom" }],
        okta_event_hooks: [{ name: "Lumos live group updates", token: { $secret: "${env:LUMOS_EVENTS_TOKEN}" } }],
      },
      "test",
    );
    const result = exportTerraform({ desired, live: EMPTY_LIVE, source: "test" }, "tf.json");
    expect(result.omitted).toEqual(["okta_event_hook.Lumos live group updates"]);
    expect(result.resources).toBe(1);
    expect(result.files.map(([, text]) => text).join("\n")).not.toContain("Lumos live group updates");
  });

  it("omits nothing when every object has a provider resource", () => {
    const desired = desiredFromDocuments({ apps: [{ name: "Payroll", category: "Finance", description: "custom" }] }, "test");
    expect(exportTerraform({ desired, live: EMPTY_LIVE, source: "test" }, "hcl").omitted).toEqual([]);
  });
});
