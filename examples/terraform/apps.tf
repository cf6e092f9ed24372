# Custom apps are created by name; integrations connect by app_class_id.
resource "lumos_app" "payroll" {
  name                 = "Payroll"
  category             = "HR & Learning"
  description          = "Internal payroll system"
  website_url          = "https://payroll.${local.domain}"
  request_instructions = "Ask for the smallest role that lets you do the job."
}

resource "lumos_app" "expense_reports" {
  name        = "Expense Reports"
  category    = "Accounting & Finance"
  description = "Submitting and approving expense reports"
}

# Connected in the Lumos UI; lumos-iac manages its metadata only.
resource "lumos_app" "zoom" {
  name        = "Zoom"
  category    = "Communication"
  description = "Video meetings"
  website_url = "https://zoom.us"
}

# Credentials are write-only: file() stays a reference, read when connecting, never printed.
resource "lumos_app" "lumapps" {
  app_class_id = "lumapps.com"
  name         = "LumApps"
  auth         = jsonencode({ scim_token = file("secrets/lumapps-scim-token") })
  settings = jsonencode({
    endpoint_url              = "https://acme.lumapps.example/scim/v2"
    provisioning_scope_groups = ["Everyone"]
  })
}

resource "lumos_app" "slack" {
  app_class_id = "slack.com"
  name         = "Slack"
  category     = "Communication"
}

# The Source-of-Truth order: the first source wins when a person is in both.
resource "lumos_user_source" "order" {
  app_ids = [data.lumos_apps.okta.items[0].id, data.lumos_apps.google.items[0].id]
}

resource "lumos_sync_schedule" "okta" {
  app_id = data.lumos_apps.okta.items[0].id
  preset = "idp-nightly" # 07:30 UTC nightly, Lumos's own cadence for IdPs
}

resource "lumos_sync_schedule" "lumapps" {
  app_id = lumos_app.lumapps.id
  cron   = "0 */6 * * *"
}

resource "lumos_inline_webhook" "payroll_audit" {
  name        = "Payroll audit"
  hook_type   = "SIEM"
  description = "Copies payroll access events to the audit store"
  url         = "https://hooks.${local.domain}/payroll-audit"
}
