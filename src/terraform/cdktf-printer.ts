import { escapeTemplate, hasExpr, isExpr, isJsonText, isTemplate, jsonValue, type TfDocument, type TfValue } from "./hcl-printer.ts";

/** The package of generated bindings a CDKTF app imports. */
export const BINDINGS_PACKAGE = "@cdktf/provider-lumos-generated";

export interface CdktfAppOptions {
  /** The version or `file:` path of the bindings package for package.json (default: any version). */
  bindings?: string;
}

/** `lumos_app_store_app` → `appStoreApp`; data sources get a `data` prefix (`dataLumosUsers`). */
export function namespaceOf(type: string, data = false): string {
  const words = (data ? `data_${type}` : type.replace(/^lumos_/, "")).split("_");
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
}

/** `appStoreApp` → `AppStoreApp`. */
function classOf(namespace: string): string {
  return namespace.charAt(0).toUpperCase() + namespace.slice(1);
}

/** snake_case attribute → the binding's camelCase property. */
function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const TS_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(["app", "provider", "stack", "fn", "token", "scope", "class", "new", "this", "var", "default", "delete", "import", "export", "function", "package", "interface", "const", "let", "in", "for", "if", "do", "case", "enum", "void", "with", "yield"]);

/**
 * A Terraform document as a CDKTF app in TypeScript: `main.ts` (one stack, every resource and
 * data source through the generated bindings' namespaces, `importFrom(id)` for what exists),
 * `package.json` and `cdktf.json`. Synthesized, it gives the same Terraform JSON as `export
 * --format tf.json` (up to CDKTF's metadata).
 */
export function printCdktfApp(doc: TfDocument, header: string[], options: CdktfAppOptions = {}): [string, string][] {
  const namespaces = new Set<string>(["provider"]);
  const locals = new Map<string, string>();
  const used = new Set<string>();
  const local = (address: string, base: string): string => {
    let name = camel(base.replace(/-/g, "_"));
    if (!TS_IDENTIFIER.test(name) || RESERVED.has(name)) name = `${name.replace(/[^A-Za-z0-9_$]/g, "_")}Ref`;
    if (/^[0-9]/.test(name)) name = `_${name}`;
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = `${name}${n}`;
    used.add(unique);
    locals.set(address, unique);
    return unique;
  };

  // Construct IDs are the Terraform names; two types with one name (an app and its AppStore
  // settings, say) take the type as a prefix, since construct IDs are unique in a stack, and
  // keep the Terraform name with overrideLogicalId.
  const counts = new Map<string, number>();
  for (const byName of [...Object.values(doc.data), ...Object.values(doc.resources)]) {
    for (const name of Object.keys(byName)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  counts.set("lumos", (counts.get("lumos") ?? 0) + 1);
  for (const name of Object.keys(doc.variables)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const constructId = (type: string, name: string, data: boolean) => ((counts.get(name) ?? 0) > 1 ? `${data ? "data_" : ""}${type.replace(/^lumos_/, "")}_${name}` : name);

  for (const name of Object.keys(doc.variables)) local(`var.${name}`, name);
  for (const [type, byName] of Object.entries(doc.data)) for (const name of Object.keys(byName)) local(`data.${type}.${name}`, `${name}_${type.replace(/^lumos_/, "")}`);
  for (const [type, byName] of Object.entries(doc.resources)) for (const name of Object.keys(byName)) local(`${type}.${name}`, `${name}_${type.replace(/^lumos_/, "")}`);

  /** A Terraform expression as TypeScript, through the locals it names. */
  const expression = (text: string): string => {
    const variable = /^var\.([A-Za-z0-9_-]+)$/.exec(text);
    if (variable && locals.has(`var.${variable[1]}`)) return `${locals.get(`var.${variable[1]}`)}.stringValue`;
    const data = /^data\.([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.items\[(\d+)\]\.([a-z0-9_]+)$/.exec(text);
    if (data && locals.has(`data.${data[1]}.${data[2]}`)) return `${locals.get(`data.${data[1]}.${data[2]}`)}.items.get(${data[3]}).${camel(data[4]!)}`;
    const resource = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)$/.exec(text);
    if (resource && locals.has(`${resource[1]}.${resource[2]}`)) return `${locals.get(`${resource[1]}.${resource[2]}`)}.${camel(resource[3]!)}`;
    return JSON.stringify(`\${${text}}`);
  };

  /** A value as TypeScript; attribute names camelCased except inside JSON documents. */
  const ts = (value: TfValue, indent: string, json = false): string => {
    if (value === null) return json ? "null" : "undefined";
    // CDKTF writes strings as they are: Terraform would read `${` in them as interpolation.
    if (typeof value === "string") return JSON.stringify(escapeTemplate(value));
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (isExpr(value)) return expression(value.$expr);
    if (isTemplate(value)) {
      const parts = value.$template.map((p) => (typeof p === "string" ? escapeTemplate(p).replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${") : `\${${expression(p.$expr)}}`));
      return `\`${parts.join("")}\``;
    }
    if (isJsonText(value)) {
      if (!hasExpr(value.$json)) return `JSON.stringify(${ts(value.$json as TfValue, indent, true)}, null, 2) + "\\n"`;
      // As the Terraform expression itself: CDKTF's Fn.jsonencode does not escape quotes in strings.
      return JSON.stringify(jsonValue(value));
    }
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      return `[\n${value.map((v) => `${inner}${ts(v, inner, json)},`).join("\n")}\n${indent}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    return `{\n${entries
      .map(([k, v]) => {
        const key = json ? k : camel(k);
        return `${inner}${TS_IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${ts(v, inner, json)},`;
      })
      .join("\n")}\n${indent}}`;
  };

  const body: string[] = [];
  const imports = new Map(doc.imports.map((i) => [i.to, i.id]));
  const bindings = new Set<string>(["provider"]);
  // One statement per block, each after the blocks it refers to (a const is usable only once declared).
  const statements = new Map<string, { deps: string[]; lines: () => string[] }>();
  for (const [name, v] of Object.entries(doc.variables)) {
    statements.set(`var.${name}`, {
      deps: [],
      lines: () => {
        namespaces.add("TerraformVariable");
        const local = locals.get(`var.${name}`)!;
        const out = [`    const ${local} = new TerraformVariable(this, ${JSON.stringify(constructId("variable", name, false))}, ${ts(v, "    ")});`];
        if (constructId("variable", name, false) !== name) out.push(`    ${local}.overrideLogicalId(${JSON.stringify(name)});`);
        return out;
      },
    });
  }
  for (const [name, config] of Object.entries(doc.providers)) {
    statements.set(`provider.${name}`, { deps: referencesIn(config), lines: () => [`    new provider.LumosProvider(this, ${JSON.stringify(name)}, ${ts(config, "    ")});`] });
  }
  for (const [type, byName] of Object.entries(doc.data)) {
    const ns = namespaceOf(type, true);
    for (const [name, config] of Object.entries(byName)) {
      statements.set(`data.${type}.${name}`, {
        deps: referencesIn(config),
        lines: () => {
          bindings.add(ns);
          const local = locals.get(`data.${type}.${name}`)!;
          const out = [`    const ${local} = new ${ns}.${classOf(ns)}(this, ${JSON.stringify(constructId(type, name, true))}, ${ts(config, "    ")});`];
          if (constructId(type, name, true) !== name) out.push(`    ${local}.overrideLogicalId(${JSON.stringify(name)});`);
          return out;
        },
      });
    }
  }
  for (const [type, byName] of Object.entries(doc.resources)) {
    const ns = namespaceOf(type);
    for (const [name, config] of Object.entries(byName)) {
      statements.set(`${type}.${name}`, {
        deps: referencesIn(config),
        lines: () => {
          bindings.add(ns);
          const id = locals.get(`${type}.${name}`)!;
          const out = (doc.comments?.[`${type}.${name}`] ?? []).map((line) => `    // ${line}`);
          out.push(`    const ${id} = new ${ns}.${classOf(ns)}(this, ${JSON.stringify(constructId(type, name, false))}, ${ts(config, "    ")});`);
          if (constructId(type, name, false) !== name) out.push(`    ${id}.overrideLogicalId(${JSON.stringify(name)});`);
          const live = imports.get(`${type}.${name}`);
          if (live) out.push(`    ${id}.importFrom(${JSON.stringify(live)});`);
          return out;
        },
      });
    }
  }
  const done = new Set<string>();
  const emit = (address: string, path: string[]): void => {
    const statement = statements.get(address);
    if (!statement || done.has(address) || path.includes(address)) return;
    for (const dep of statement.deps) emit(dep, [...path, address]);
    done.add(address);
    body.push(...statement.lines());
  };
  for (const address of statements.keys()) emit(address, []);
  const cdktfImports = ["App", "TerraformStack", ...["TerraformVariable"].filter((n) => namespaces.has(n))];
  const main = `${header.map((line) => `// ${line}\n`).join("")}import { ${cdktfImports.join(", ")} } from "cdktf";
import type { Construct } from "constructs";
import { ${[...bindings].sort().join(", ")} } from "${BINDINGS_PACKAGE}";

class LumosTenant extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

${body.join("\n")}
  }
}

const application = new App();
new LumosTenant(application, "lumos");
application.synth();
`;
  const packageJson = {
    name: "lumos-tenant",
    private: true,
    description: "A Lumos tenant as a CDKTF app for the teamlumos/lumos provider, written by lumos-iac export.",
    type: "module",
    scripts: { synth: "tsx main.ts" },
    dependencies: { [BINDINGS_PACKAGE]: options.bindings ?? "*", cdktf: "^0.21.0", constructs: "^10.4.2" },
    devDependencies: { tsx: "^4.23.15" },
  };
  const cdktfJson = { language: "typescript", app: "npx tsx main.ts", output: "cdktf.out", terraformProviders: [], terraformModules: [], context: {} };
  const readme = `# A Lumos tenant as a CDKTF app

Written by \`lumos-iac export --format cdktf\`. \`npm install && npm run synth\` writes
\`cdktf.out/stacks/lumos/cdk.tf.json\` (no \`cdktf get\`, no terraform binary): Terraform JSON
for the teamlumos/lumos provider, whose import blocks adopt what the tenant already has.

The bindings, \`${BINDINGS_PACKAGE}\`, are generated by lumos-iac from its provider schema
(\`packages/provider-lumos-generated\` in its repository); package.json points at them.
Secrets are sensitive variables: set them with \`TF_VAR_<name>\` when Terraform runs. lumos-iac
can also read this app directly: name \`main.ts\` in the \`sources\` of a \`lumos.config.yaml\`.
`;
  return [
    ["main.ts", main],
    ["package.json", `${JSON.stringify(packageJson, null, 2)}\n`],
    ["cdktf.json", `${JSON.stringify(cdktfJson, null, 2)}\n`],
    ["README.md", readme],
  ];
}

/** The blocks a body refers to: `var.x`, `data.type.name`, `type.name`. */
function referencesIn(value: TfValue): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (isExpr(v)) {
      const match = /^(var\.[A-Za-z0-9_-]+|data\.[a-z0-9_]+\.[A-Za-z0-9_-]+|[a-z0-9_]+\.[A-Za-z0-9_-]+)/.exec(v.$expr);
      if (match) out.push(match[1]!);
    } else if (isTemplate(v)) v.$template.forEach(visit);
    else if (isJsonText(v)) visit(v.$json);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(visit);
  };
  visit(value);
  return out;
}
