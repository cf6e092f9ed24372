# Acme's tenant for the official provider. `lumos-iac plan` reads these files directly;
# the provider block's server_url is ignored (the environment in lumos.config.yaml decides).
terraform {
  required_providers {
    lumos = {
      source  = "teamlumos/lumos"
      version = "~> 0.10"
    }
  }
}

provider "lumos" {}

locals {
  domain = "acme.example"
  # People named as approvers and admins, looked up by email.
  people = toset(["alice", "ada.admin", "bob", "frank", "grace", "heidi"])
}

variable "payroll_review_period" {
  type    = string
  default = "quarter"
}

# ---- lookups: data sources become references by name ----------------------------------------

data "lumos_users" "person" {
  for_each    = local.people
  search_term = "${each.value}@${local.domain}"
}

data "lumos_apps" "okta" {
  name_search       = "Okta"
  exact_match       = true
  connection_source = "UI"
}

data "lumos_apps" "google" {
  name_search       = "Google Workspace"
  exact_match       = true
  connection_source = "UI"
}

data "lumos_groups" "group" {
  for_each = toset(["Finance", "People Team", "IT Admins", "Security", "Sales"])
  name     = each.key
}

data "lumos_groups" "okta_engineering" {
  name   = "Engineering"
  app_id = data.lumos_apps.okta.items[0].id
}

data "lumos_groups" "everyone" {
  name   = "Everyone"
  app_id = data.lumos_apps.google.items[0].id
}

# Inline webhooks already in the tenant (a lumos-iac lookup: the provider has none for them).
data "lumos_inline_webhooks" "hook" {
  for_each = toset(["Request validator", "Ticket provisioning", "Ticket deprovisioning", "Manager check"])
  name     = each.key
}
