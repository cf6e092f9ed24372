import { readFileSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { mayNeedFullParse, NEEDS_FULL_PARSE, YamlFile } from "../../../src/load/yaml-file.ts";

const ROOT = join(import.meta.dirname, "../../..");

/** Texts where YAML readers are known to disagree, or to be strict in different places. */
const TRICKY = [
  "a: 1\nb: 0o17\nc: 0x1F\nd: 1e3\ne: .inf\nf: -.inf\ng: .nan\nh: 1_000\ni: 0b101\nj: +12\nk: 012\nl: 1.\nm: .5\nn: yes\no: No\np: on\n",
  "q: ~\nr: Null\ns: TRUE\nt: 2024-01-01\nu: 1:30\nv: -0\nw: 12e\nx: '1'\ny: 12345678901234567890\nz: 0o8\naa: 0x\nab: -.5e-3\nac: +.inf\n",
  "1: a\n2.5: b\ntrue: c\n0x10: d\n",
  "~: 1\n",
  "null: 1\n",
  "'null': 1\n",
  "a: |\n  x\n  y\n\nb: >-\n  p\n  q\n\n  r\nc: |+\n  keep\n\nd: >\n  folded\n   more\n  back\n",
  "a: |2\n   x\n  y\n",
  "a: one\n  two\n  three\n",
  'a: "x\\ty\\u263A\\\n  z"\n',
  "a: 'it''s'\nb: 'x\n  y'\n",
  'a: "x"#c\n',
  "a: b #c\nb: b#c\n# only\n",
  "a: 1\n---\nb: 2\n",
  "---\na: 1\n...\n",
  "a: {b: 1, c: [2, 3]}\n",
  "a: [1, 2,\n  3]\n",
  "a: [\n1]\n",
  "a: {b: 1,}\n",
  "a: 1\na: 2\n",
  "1: a\n'1': b\n",
  "a: b: c\n",
  "- a\n- b: c\n  d: e\n",
  "a:\n- b\n- c\n",
  "key with spaces: v\n",
  "a: @x\n",
  "a: `x\n",
  "a: 'unterminated\n",
  "a: x\n b: y\n",
  "a: 1\r\nb: 2\r\n",
  '"a": 1\n',
  "",
  "# c\n",
  "---\n",
  "hello\n",
  "- 1\n- [2, {x: y}]\n",
  "a:    \n  - x\n",
  "a: -\nb: - x\n",
  "a: [b]: c\n",
  "a: {b: c}: d\n",
  "a: 'x' y\n",
  'a: "x" y\n',
  "a:\n  b: 1\n   c: 2\n",
  "a: >\n\n  x\n",
  "a: |-\n\n",
  "a: [a, b]\n  c: d\n",
  "a: \"\\x41\\N\\_\\e\"\n",
  "a: \"\\q\"\n",
  "- - a\n  - b\n- c\n",
  "a: &x 1\nb: *x\n",
  "a: HR & Learning\nb: lumos/*.yaml\nc: x!y\nd: 'q' & r\n",
  "- &a x\n- *a\n- - !!str 1\n",
  "a: [1, *b]\nc: {d: &e f}\n",
  "a: b, *c\nd: e,&f\n",
  "a: one\n  *two\n",
  "a:\n  - x\n  -   &y z\n  - !t w\n",
  "--- !\n",
  "--- &a: b\n",
  "--- b:\n",
  "a: |\n  \n # x\n",
  "|1\n  x\n",
  "a: >-2\n   x\n",
  "- - #c\n    \n- \n",
  "a:\n  - \n  - b\n",
  "a: !!str 1\n",
  "%YAML 1.2\n---\na: 1\n",
  "? a\n: b\n",
  "a:\tb\n",
  'a: "x\ny"\n',
  "a: 'x\ny'\n",
  "a: x\ny\n",
  "a: x\n  # c\n  y\n",
  "a: {b: [c, d], e: 'f]'}\n",
  "a: 'x' # c\nb: [1] # c\n",
  "a: b\n\n\n",
  "a:\n  -\n  - x\n",
  "a: - b\n",
  "-a: b\n",
  "a: [b, c]\nd: {e: f}\n",
  "a:\n  b:\n    - c: 1\n      d: [x, 'y, z']\n",
  "__proto__: 1\nb:\n  __proto__: {c: 2}\n",
  "a:\n  - null: 1\n",
];

function bothWays(name: string, text: string) {
  const fast = new YamlFile(name, text);
  const full = new YamlFile(name, text, { fullParse: true });
  return { fast: { value: fast.value, errors: fast.errors }, full: { value: full.value, errors: full.errors } };
}

describe("the fast YAML path", () => {
  it.each(TRICKY.map((text, i) => [i, text] as const))("reads tricky text %i as the full parser does", (_, text) => {
    const { fast, full } = bothWays("t.yaml", text);
    expect(fast).toStrictEqual(full);
  });

  it("reads every YAML file of the project as the full parser does", () => {
    const files = globSync(["test/fixtures/**/*.yaml", "examples/**/*.yaml", "*.yaml"], { cwd: ROOT, absolute: true });
    expect(files.length).toBeGreaterThan(20);
    let readFast = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const { fast, full } = bothWays(file, text);
      expect({ file, ...fast }).toStrictEqual({ file, ...full });
      if (new YamlFile(file, text).readFast) readFast++;
    }
    // Most of them are ordinary YAML, which the fast reader reads.
    expect(readFast).toBeGreaterThan(files.length / 2);
  });

  it("leaves a line of 1,000 characters or more to the full parser, wherever it is", () => {
    const long = "x".repeat(1000);
    for (const text of [`a: ${long}\n`, `a: 1\nb: ${long}`, `a: 1\r\nb: ${long}\r\nc: 2\r\n`]) {
      const file = new YamlFile("long.yaml", text);
      expect(file.readFast).toBe(false);
      expect(bothWays("long.yaml", text).fast).toStrictEqual(bothWays("long.yaml", text).full);
    }
    // Many lines under the limit are read fast, however long the file.
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}: ${"y".repeat(900)}`).join("\n");
    expect(new YamlFile("many.yaml", many).readFast).toBe(true);
  });

  it("looks for what would need the full parser only in text that has one of its characters", () => {
    // The scan before the pattern is a necessary condition: wherever the pattern matches, it says so.
    const holds = (text: string) => !NEEDS_FULL_PARSE.test(text) || mayNeedFullParse(text);
    const files = globSync(["test/fixtures/**/*.yaml", "examples/**/*.yaml", "*.yaml"], { cwd: ROOT, absolute: true }).map((f) => readFileSync(f, "utf8"));
    // One text for each thing the pattern looks for, with nothing else it looks for.
    const each = ["a:\tb", "- &a x", "a: *b", "a: !t", "--- a", "a: |2", "a: >\n  \nb", "a: -  ", "x - #c", "%YAML", "<<: a", "? a", "[a]: b", "'a'#", "a: [b", 'a: "b', "a: 'b", "x\r--- a"];
    expect(each.filter((text) => !NEEDS_FULL_PARSE.test(text))).toEqual([]);
    const failures = [...each, ...TRICKY, ...files].filter((text) => !holds(text));
    // Random text over the characters the pattern looks at, with a seeded generator.
    const alphabet = [..."\t&*!|>%<?[]{}\"'#-:,.~+ 1az", "\n", "\r\n", "\r", "  ", "- ", ": ", "---", "<<", "|-", ">+", "|2"];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      if (NEEDS_FULL_PARSE.test(text)) matched++;
      if (!holds(text)) failures.push(text);
    }
    expect(failures).toEqual([]);
    // The random texts reach the pattern often, and the scan lets ordinary text through.
    expect(matched).toBeGreaterThan(5_000);
    expect(mayNeedFullParse("apps:\n  - name: Payroll\n    category: Finance\n    description: The payroll app, v2.1 - EU\n")).toBe(false);
  });

  it("locates values of a file it read fast", () => {
    const file = new YamlFile("f.yaml", "apps:\n  - name: A\n    category: Other\n");
    expect(file.readFast).toBe(true);
    expect(file.value).toEqual({ apps: [{ name: "A", category: "Other" }] });
    expect(file.locate(["apps", 0, "category"])).toEqual({ file: "f.yaml", line: 3, col: 15 });
  });

  it("reports nesting too deep for either reader once, where it passes 64 levels", () => {
    for (const [open, close] of [["[", "]"], ["{a: ", "}"]] as const) {
      for (const depth of [65, 1_000, 20_000]) {
        const file = new YamlFile("f.yaml", `# [[[[ { " '\napps:\n  - name: "a [ b"\n    c: ${open.repeat(depth)}${close.repeat(depth)}\n`);
        expect(file.value, `${open} ${depth}`).toBeUndefined();
        expect(file.errors, `${open} ${depth}`).toEqual([{ loc: { file: "f.yaml", line: 4, col: 8 + 64 * open.length }, message: expect.stringContaining("nested too deeply") }]);
      }
    }
    // 64 levels read as ever, by either reader.
    const deepest = new YamlFile("f.yaml", `a: ${"[".repeat(63)}1${"]".repeat(63)}\n`);
    expect(deepest.errors).toEqual([]);
    let value: unknown = (deepest.value as { a: unknown }).a;
    for (let level = 1; level < 63; level++) value = (value as unknown[])[0];
    expect(value).toEqual([1]);
  });

  it("refuses a second document and a list or mapping as a key, without a warning from the parser", async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on("warning", listen);
    try {
      expect(new YamlFile("f.yaml", "a: 1\n---\nb: 2\n").errors).toEqual([{ loc: { file: "f.yaml", line: 2, col: 1 }, message: expect.stringContaining("one document per file") }]);
      expect(new YamlFile("f.yaml", "---\na: 1\n").errors).toEqual([]);
      for (const text of ["? [a, b]\n: 1\n", "x: 1\n{a: 1}: 2\n", "x: {[a]: 1}\n"]) {
        const file = new YamlFile("f.yaml", text);
        expect(file.value, text).toBeUndefined();
        expect(file.errors, text).toEqual([{ loc: expect.objectContaining({ file: "f.yaml" }), message: "a key here is a list or mapping; keys must be plain text, such as name:" }]);
      }
      // Node emits warnings on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", listen);
    }
    expect(warnings).toEqual([]);
  });
});
