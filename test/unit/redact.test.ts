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

  it("masks values that overlap as one, leaving no part of either", () => {
    const r = new Redactor();
    r.add("AAAABBBB");
    r.add("BBBBCCCC");
    expect(r.redact("x AAAABBBBCCCC y BBBBCCCC z AAAABBBB")).toBe("x (sensitive) y (sensitive) z (sensitive)");
    expect(r.redact("AAAABBBBBBBBCCCC")).toBe("(sensitive)(sensitive)");
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

  it("masks in every run going on a value any of them saw, and nothing once they have ended", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = withRedaction(async () => {
      addSensitive("first-run-secret");
      await gate;
      return redact("first-run-secret second-run-secret");
    });
    const second = withRedaction(async () => {
      addSensitive("second-run-secret");
      return redact("first-run-secret second-run-secret");
    });
    expect(await second).toBe("(sensitive) (sensitive)");
    release();
    expect(await first).toBe("(sensitive) (sensitive)");
    expect(redact("first-run-secret second-run-secret")).toBe("first-run-secret second-run-secret");
  });

  it("masks overlapping values of runs going on together in one pass", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = withRedaction(async () => {
      addSensitive("AAAABBBB");
      await gate;
    });
    const shown = await withRedaction(async () => {
      addSensitive("BBBBCCCC");
      return redact("AAAABBBBCCCC");
    });
    release();
    await first;
    // Masked one registry after the other, the first would leave "CCCC" of the second's value showing.
    expect(shown).not.toContain("CCCC");
    expect(shown).not.toContain("BBBB");
  });

  it("ends a run whose work throws", () => {
    expect(() =>
      withRedaction(() => {
        addSensitive("thrown-run-secret");
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(redact("thrown-run-secret")).toBe("thrown-run-secret");
  });

  it("labels a template by its references", () => {
    expect(sensitiveLabel("Team ${env:TEAM} and ${file:a/b.md}")).toBe("(sensitive: env:TEAM, file:a/b.md)");
    expect(sensitiveLabel("live")).toBe("(sensitive)");
  });
});
