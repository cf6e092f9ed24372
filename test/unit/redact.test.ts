import { describe, expect, it } from "vitest";
import { addSensitive, redact, Redactor, sensitiveLabel, withRedaction } from "../../src/redact.ts";

describe("Redactor", () => {
  it("masks every registered value, longest first, and its JSON-escaped form", () => {
    const r = new Redactor();
    r.add("hunter22");
    r.add("hunter2222");
    r.add('quote"d\\value');
    r.add("abc");
    expect(r.redact("a hunter2222 b hunter22 c abc")).toBe("a (sensitive) b (sensitive) c abc");
    expect(r.redact(JSON.stringify({ v: 'quote"d\\value' }))).toBe('{"v":"(sensitive)"}');
  });

  it("masks the lines of a multi-line value, as output is printed line by line", () => {
    const r = new Redactor();
    r.add("-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END KEY-----\n");
    expect(r.redact("got MIIEvQIBADANBgkqhkiG9w0BAQEFAASC back")).toBe("got (sensitive) back");
  });

  it("keeps one registry per run", () => {
    withRedaction(() => {
      addSensitive("first-run-value");
      expect(redact("x first-run-value")).toBe("x (sensitive)");
    });
    withRedaction(() => expect(redact("x first-run-value")).toBe("x first-run-value"));
    expect(redact("outside first-run-value")).toBe("outside first-run-value");
  });

  it("labels a template by its references", () => {
    expect(sensitiveLabel("Team ${env:TEAM} and ${file:a/b.md}")).toBe("(sensitive: env:TEAM, file:a/b.md)");
    expect(sensitiveLabel("live")).toBe("(sensitive)");
  });
});
