# How each app is offered in the AppStore. Nested structures are attributes (`= { … }`).
resource "lumos_app_store_app" "payroll" {
  app_id                      = lumos_app.payroll.id
  custom_request_instructions = "Payroll access is reviewed every ${var.payroll_review_period}."
  request_flow = {
    discoverability          = "FULL"
    require_manager_approval = true
    allowed_groups = {
      type   = "SPECIFIED_GROUPS"
      groups = [{ id = data.lumos_groups.group["Finance"].items[0].id }, { id = data.lumos_groups.group["People Team"].items[0].id }]
    }
    approvers = {
      users  = [{ id = data.lumos_users.person["alice"].items[0].id }]
      groups = [{ id = data.lumos_groups.group["IT Admins"].items[0].id }]
    }
    admins = {
      users = [{ id = data.lumos_users.person["ada.admin"].items[0].id }]
    }
    request_validation_inline_webhook = { id = data.lumos_inline_webhooks.hook["Request validator"].items[0].id }
  }
  provisioning = {
    time_based_access                = ["7 days", "30 days", "90 days"]
    default_time_based_access_option = "30 days"
    manual_steps_needed              = true
    custom_provisioning_instructions = "Add the person in the payroll admin console."
    default_permission               = { id = lumos_requestable_permission.payroll["Payroll Viewer"].id }
  }
}

resource "lumos_app_store_app" "expense_reports" {
  app_id = lumos_app.expense_reports.id
  request_flow = {
    discoverability = "FULL"
    approvers       = { groups = [{ id = data.lumos_groups.group["Finance"].items[0].id }] }
  }
  provisioning = {
    time_based_access    = ["Unlimited"]
    provisioning_webhook = { id = data.lumos_inline_webhooks.hook["Ticket provisioning"].items[0].id }
  }
}

resource "lumos_app_store_app" "lumapps" {
  app_id = lumos_app.lumapps.id
  request_flow = {
    discoverability             = "LIMITED"
    require_additional_approval = true
    approvers                   = { users = [{ id = data.lumos_users.person["heidi"].items[0].id }] }
    approvers_stage_2           = { groups = [{ id = data.lumos_groups.group["Security"].items[0].id }] }
  }
  provisioning = {
    groups_provisioning = "GROUPS_AND_VISIBLE"
    time_based_access   = ["2 hours", "1 day"]
  }
}

resource "lumos_app_store_app" "zoom" {
  app_id = lumos_app.zoom.id
  request_flow = {
    discoverability = "FULL"
    allowed_groups  = { type = "ALL_GROUPS" }
  }
}
