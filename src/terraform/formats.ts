/** The forms `lumos-iac export` writes: HCL, Terraform JSON, or a TypeScript CDKTF app. */
export const EXPORT_FORMATS = ["hcl", "tf.json", "cdktf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
