import { describe, expect, it } from "vitest";
import { EvalError, Evaluator, RefValue, standardFunctions, type Scope, type Value } from "../../../src/load/terraform/evaluate.ts";
import { ExprError, parseExpression, parseTemplateText } from "../../../src/load/terraform/expr.ts";

const evaluator = new Evaluator(standardFunctions((path) => `\${file:${path}}`));
const VARS: Record<string, Value> = {
  name: "payroll",
  roles: ["Viewer", "Admin", "Viewer"],
  owners: { finance: "Finance", people: "People Team" },
  n: 2,
  ref: new RefValue("app", "Payroll", "lumos_app.payroll.id"),
};
const scope: Scope = {
  lookup: (name, at) => {
    if (name === "var") return VARS;
    throw new EvalError(`unknown name ${name}`, at);
  },
};
const run = (text: string): Value => evaluator.evaluate(parseExpression(text), scope);

describe("Terraform expressions", () => {
  it("evaluates literals, templates, operators and conditionals", () => {
    expect(run('"app-${var.name}-${var.n + 1}"')).toBe("app-payroll-3");
    expect(run('"literal $${not.interpolated} and 100%"')).toBe("literal ${not.interpolated} and 100%");
    expect(run("var.n * 3 - 1 >= 5 && !false")).toBe(true);
    expect(run('var.name == "payroll" ? upper(var.name) : "other"')).toBe("PAYROLL");
    expect(run('{ a = 1, "b c" = [true, null], (var.name) = "dynamic key" }')).toEqual({ a: 1, "b c": [true, null], payroll: "dynamic key" });
    expect(run("var.roles[1]")).toBe("Admin");
    expect(run('var.owners["people"]')).toBe("People Team");
  });

  it("reads heredocs, with <<- removing the common indentation", () => {
    expect(run("<<EOT\nline ${var.name}\n  two\nEOT\n")).toBe("line payroll\n  two\n");
    expect(run("<<-EOT\n    first\n      second\n    EOT\n")).toBe("first\n  second\n");
  });

  it("evaluates for expressions over lists and maps, with if and grouping", () => {
    expect(run("[for r in var.roles : lower(r) if r != \"Admin\"]")).toEqual(["viewer", "viewer"]);
    expect(run("{ for k, v in var.owners : v => k }")).toEqual({ Finance: "finance", "People Team": "people" });
    expect(run("{ for r in var.roles : r => r... }")).toEqual({ Viewer: ["Viewer", "Viewer"], Admin: ["Admin"] });
  });

  it("has the functions users write for this provider", () => {
    expect(run('jsonencode({ api_token = "t", scopes = ["a"] })')).toBe('{"api_token":"t","scopes":["a"]}');
    expect(run("toset(var.roles)")).toEqual(["Viewer", "Admin"]);
    expect(run('format("%s has %d roles", var.name, length(var.roles))')).toBe("payroll has 3 roles");
    expect(run('join(", ", concat(["a"], ["b", "c"]))')).toBe("a, b, c");
    expect(run('merge(var.owners, { it = "IT Admins" })')).toEqual({ finance: "Finance", people: "People Team", it: "IT Admins" });
    expect(run('lookup(var.owners, "nobody", "none")')).toBe("none");
    expect(run('coalesce("", null, "first")')).toBe("first");
    expect(run("keys(var.owners)")).toEqual(["finance", "people"]);
    expect(run("values(var.owners)")).toEqual(["Finance", "People Team"]);
    expect(run('tomap({ a = "b" })')).toEqual({ a: "b" });
    expect(run("tolist(var.roles)")).toEqual(["Viewer", "Admin", "Viewer"]);
    expect(run('file("secrets/token")')).toBe("${file:secrets/token}");
  });

  it("keeps a reference whole, and refuses it inside text or JSON", () => {
    expect(run("var.ref")).toBeInstanceOf(RefValue);
    expect(() => run('"id-${var.ref}"')).toThrow(/lumos_app\.payroll\.id is a reference to another object; it can be a whole value/);
    expect(() => run("jsonencode({ app = var.ref })")).toThrow(/jsonencode\(\) cannot hold a reference/);
  });

  it("locates what it cannot evaluate", () => {
    const expr = parseExpression('lower(base64encode("x"))');
    try {
      evaluator.evaluate(expr, scope);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EvalError);
      expect((error as EvalError).message).toMatch(/^function base64encode\(\) is not supported/);
      expect((error as EvalError).expr.at).toBe(6);
    }
    expect(() => parseExpression('"%{ if true }x%{ endif }"')).toThrow(/template directives/);
    expect(() => parseExpression("[1, 2")).toThrow(ExprError);
    expect(() => run("var.roles[*]")).toThrow(/splat expressions/);
  });

  it("reads Terraform JSON strings as templates", () => {
    expect(evaluator.evaluate(parseTemplateText("${var.n}"), scope)).toBe(2);
    expect(evaluator.evaluate(parseTemplateText("plain $${x}"), scope)).toBe("plain ${x}");
  });
});
