# What people can request. The provider wants its override flags written out; they are kept.
locals {
  group = { for name, lookup in data.lumos_groups.group : name => { id = lookup.items[0].id } }
}

resource "lumos_requestable_permission" "payroll" {
  for_each = {
    "Payroll Admin" = {
      request_config = {
        appstore_visibility     = "VISIBLE"
        allowed_groups_override = true
        allowed_groups          = { type = "SPECIFIED_GROUPS", groups = [local.group["Finance"]] }
        request_approval_config = {
          request_approval_config_override = true
          manager_approval                 = "INITIAL_APPROVAL"
          require_additional_approval      = true
          approvers                        = { users = [{ id = data.lumos_users.person["bob"].items[0].id }] }
          approvers_stage_2                = { groups = [local.group["Security"]] }
        }
        request_fulfillment_config = {
          manual_steps_needed        = true
          manual_instructions        = "Grant the Admin role in the payroll console."
          time_based_access_override = true
          time_based_access          = ["7 days"]
        }
      }
    }
    "Payroll Viewer" = { request_config = { appstore_visibility = "VISIBLE" } }
    "Payroll Approver" = {
      request_config = {
        appstore_visibility = "VISIBLE"
        request_approval_config = {
          request_approval_config_override = true
          approvers = {
            users = [for who in ["frank", "grace"] : { id = data.lumos_users.person[who].items[0].id }]
          }
        }
      }
    }
  }
  app_id         = lumos_app.payroll.id
  label          = each.key
  request_config = each.value.request_config
}

resource "lumos_requestable_permission" "expense_submitter" {
  app_id         = lumos_app.expense_reports.id
  label          = "Expense Submitter"
  request_config = { appstore_visibility = "VISIBLE" }
}

resource "lumos_requestable_permission" "expense_approver" {
  app_id = lumos_app.expense_reports.id
  label  = "Expense Approver"
  request_config = {
    appstore_visibility     = "VISIBLE"
    allowed_groups_override = true
    allowed_groups = {
      type   = "SPECIFIED_GROUPS"
      groups = [local.group["Finance"], { id = data.lumos_groups.okta_engineering.items[0].id }]
    }
  }
}

resource "lumos_requestable_permission" "expense_auditor" {
  app_id = lumos_app.expense_reports.id
  label  = "Expense Auditor"
  request_config = {
    appstore_visibility = "HIDDEN"
    request_fulfillment_config = {
      provisioning_group   = local.group["Finance"]
      provisioning_webhook = { id = data.lumos_inline_webhooks.hook["Ticket provisioning"].items[0].id }
    }
  }
}

resource "lumos_requestable_permission" "lumapps_editor" {
  app_id = lumos_app.lumapps.id
  label  = "LumApps Editor"
  request_config = {
    appstore_visibility           = "VISIBLE"
    access_removal_inline_webhook = { id = data.lumos_inline_webhooks.hook["Ticket deprovisioning"].items[0].id }
  }
}

resource "lumos_requestable_permission" "lumapps_admin" {
  app_id = lumos_app.lumapps.id
  label  = "LumApps Admin"
  request_config = {
    appstore_visibility = "VISIBLE"
    request_approval_config = {
      request_approval_config_override = true
      manager_approval                 = "INITIAL_APPROVAL"
      custom_approval_message_override = true
      custom_approval_message = trimspace(<<-EOT
        Admins can change every site; approve only IT staff.
        EOT
      )
    }
  }
}

resource "lumos_requestable_permission" "zoom" {
  count  = 2
  app_id = lumos_app.zoom.id
  label  = ["Zoom Pro License", "Zoom Webinar Host"][count.index]
  request_config = count.index == 0 ? {
    appstore_visibility = "VISIBLE"
    request_fulfillment_config = {
      time_based_access_override = true
      time_based_access          = ["30 days", "Unlimited"]
    }
  } : { appstore_visibility = "VISIBLE" }
}

# Synced from Okta: adopted and updated, never created or deleted.
resource "lumos_requestable_permission" "okta_read_only_admin" {
  app_id = data.lumos_apps.okta.items[0].id
  label  = "Okta Read Only Admin"
  request_config = {
    appstore_visibility     = "VISIBLE"
    allowed_groups_override = true
    allowed_groups          = { type = "SPECIFIED_GROUPS", groups = [local.group["IT Admins"], local.group["Security"]] }
  }
}
