# Pre-approval rules have no name: app + justification identifies each one.
resource "lumos_pre_approval_rule" "payroll_finance" {
  app_id                  = lumos_app.payroll.id
  justification           = "Finance can view payroll"
  preapproved_groups      = [local.group["Finance"]]
  preapproved_permissions = [{ id = lumos_requestable_permission.payroll["Payroll Viewer"].id }]
}

resource "lumos_pre_approval_rule" "expenses_everyone" {
  app_id                  = lumos_app.expense_reports.id
  justification           = "Everyone submits expenses"
  preapproved_groups      = [{ id = data.lumos_groups.everyone.items[0].id }]
  preapproved_permissions = [{ id = lumos_requestable_permission.expense_submitter.id }]
  time_based_access       = ["Unlimited"]
}

resource "lumos_pre_approval_rule" "zoom_sales" {
  app_id                  = lumos_app.zoom.id
  justification           = "Sales hosts webinars"
  preapproved_groups      = [local.group["Sales"]]
  preapproved_permissions = [{ id = lumos_requestable_permission.zoom[1].id }]
  preapproval_webhooks    = [{ id = data.lumos_inline_webhooks.hook["Manager check"].items[0].id }]
}

resource "lumos_access_policy" "engineers_get_zoom" {
  name                   = "Engineers get Zoom"
  business_justification = "Every engineer needs video meetings from day one."
  apps = [{
    id          = lumos_app.zoom.id
    permissions = [{ id = lumos_requestable_permission.zoom[0].id }]
  }]
  access_condition = jsonencode({ group = "Engineering" })
  status           = "PUBLISHED"
}
