// Acme's Lumos tenant as a CDKTF app: the same company as examples/basic/, written with the
// generated bindings of the Lumos provider. `npm run synth` writes cdktf.out/ (no terraform
// binary needed); lumos-iac runs this file itself when lumos.config.yaml lists it in `sources`.
import { fileURLToPath } from "node:url";
import { App, Fn, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import {
  accessPolicy,
  app,
  appStoreApp,
  dataLumosApps,
  dataLumosGroups,
  dataLumosInlineWebhooks,
  dataLumosUsers,
  inlineWebhook,
  preApprovalRule,
  provider,
  requestablePermission,
  syncSchedule,
  userSource,
} from "@cdktf/provider-lumos-generated";

class AcmeTenant extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // lumos-iac sends the requests itself, to the environment lumos.config.yaml selects.
    new provider.LumosProvider(this, "lumos", {});

    // ---- what exists already: looked up by name (each lookup once) ---------------------------
    const lookups = new Map<string, string>();
    const once = (id: string, find: () => string): string => {
      if (!lookups.has(id)) lookups.set(id, find());
      return lookups.get(id)!;
    };
    const existingApp = (name: string): string =>
      once(`app_${slug(name)}`, () =>
        new dataLumosApps.DataLumosApps(this, `app_${slug(name)}`, { nameSearch: name, exactMatch: true, connectionSource: "UI" }).items.get(0).id,
      );
    const okta = existingApp("Okta");
    const googleWorkspace = existingApp("Google Workspace");
    const user = (email: string): { id: string } => ({
      id: once(`user_${slug(email)}`, () =>
        new dataLumosUsers.DataLumosUsers(this, `user_${slug(email)}`, { searchTerm: email, exactMatch: true }).items.get(0).id,
      ),
    });
    // A group by name; with the app it comes from when two sources have a group of that name.
    const group = (name: string, source?: { id: string; name: string }): { id: string } => {
      const id = `group_${slug(name)}${source ? `_${slug(source.name)}` : ""}`;
      return {
        id: once(id, () =>
          new dataLumosGroups.DataLumosGroups(this, id, { name, exactMatch: true, ...(source ? { appId: source.id } : {}) }).items.get(0).id,
        ),
      };
    };
    const webhook = (name: string): { id: string } => ({
      id: once(`webhook_${slug(name)}`, () =>
        new dataLumosInlineWebhooks.DataLumosInlineWebhooks(this, `webhook_${slug(name)}`, { name }).items.get(0).id,
      ),
    });
    const finance = group("Finance");
    const security = group("Security");
    const itAdmins = group("IT Admins");

    // ---- apps --------------------------------------------------------------------------------
    const payroll = new app.App(this, "payroll", {
      name: "Payroll",
      category: "HR & Learning",
      description: "Internal payroll system",
      websiteUrl: "https://payroll.acme.example",
      requestInstructions: "Ask for the smallest role that lets you do the job.",
    });
    const expenses = new app.App(this, "expense_reports", {
      name: "Expense Reports",
      category: "Accounting & Finance",
      description: "Submitting and approving expense reports",
    });
    // Connected in the Lumos UI; only its metadata is managed here.
    const zoom = new app.App(this, "zoom", {
      name: "Zoom",
      category: "Communication",
      description: "Video meetings",
      websiteUrl: "https://zoom.us",
    });
    // Credentials only by reference: file() is read when connecting, never printed.
    const lumapps = new app.App(this, "lumapps", {
      appClassId: "lumapps.com",
      name: "LumApps",
      auth: Fn.jsonencode({ scim_token: Fn.file(fileURLToPath(new URL("secrets/lumapps-scim-token", import.meta.url))) }),
      settings: JSON.stringify({ endpoint_url: "https://acme.lumapps.example/scim/v2", provisioning_scope_groups: ["Everyone"] }),
    });
    new app.App(this, "slack", { appClassId: "slack.com", name: "Slack", category: "Communication" });

    new userSource.UserSource(this, "user_sources", { appIds: [okta, googleWorkspace] });
    new syncSchedule.SyncSchedule(this, "okta_sync", { appId: okta, preset: "idp-nightly" });
    new syncSchedule.SyncSchedule(this, "lumapps_sync", { appId: lumapps.id, cron: "0 */6 * * *" });

    new inlineWebhook.InlineWebhook(this, "payroll_audit", {
      name: "Payroll audit",
      hookType: "SIEM",
      description: "Copies payroll access events to the audit store",
      url: "https://hooks.acme.example/payroll-audit",
    });

    // ---- requestable permissions ---------------------------------------------------------------
    // The provider applies a permission-level setting only with its *_override flag set.
    const permission = (id: string, config: requestablePermission.RequestablePermissionConfig): requestablePermission.RequestablePermission =>
      new requestablePermission.RequestablePermission(this, id, config);
    permission("payroll_admin", {
      appId: payroll.id,
      label: "Payroll Admin",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        allowedGroupsOverride: true,
        allowedGroups: { type: "SPECIFIED_GROUPS", groups: [finance] },
        requestApprovalConfig: {
          requestApprovalConfigOverride: true,
          managerApproval: "INITIAL_APPROVAL",
          requireAdditionalApproval: true,
          approvers: { users: [user("bob@acme.example")] },
          approversStage2: { groups: [security] },
        },
        requestFulfillmentConfig: {
          manualStepsNeeded: true,
          manualInstructions: "Grant the Admin role in the payroll console.",
          timeBasedAccessOverride: true,
          timeBasedAccess: ["7 days"],
        },
      },
    });
    const payrollViewer = permission("payroll_viewer", { appId: payroll.id, label: "Payroll Viewer", requestConfig: { appstoreVisibility: "VISIBLE" } });
    permission("payroll_approver", {
      appId: payroll.id,
      label: "Payroll Approver",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        requestApprovalConfig: { requestApprovalConfigOverride: true, approvers: { users: [user("frank@acme.example"), user("grace@acme.example")] } },
      },
    });
    const expenseSubmitter = permission("expense_submitter", {
      appId: expenses.id,
      label: "Expense Submitter",
      requestConfig: { appstoreVisibility: "VISIBLE" },
    });
    permission("expense_approver", {
      appId: expenses.id,
      label: "Expense Approver",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        allowedGroupsOverride: true,
        allowedGroups: { type: "SPECIFIED_GROUPS", groups: [finance, group("Engineering", { id: okta, name: "Okta" })] },
      },
    });
    permission("expense_auditor", {
      appId: expenses.id,
      label: "Expense Auditor",
      requestConfig: {
        appstoreVisibility: "HIDDEN",
        requestFulfillmentConfig: { provisioningGroup: finance, provisioningWebhook: webhook("Ticket provisioning") },
      },
    });
    permission("lumapps_editor", {
      appId: lumapps.id,
      label: "LumApps Editor",
      requestConfig: { appstoreVisibility: "VISIBLE", accessRemovalInlineWebhook: webhook("Ticket deprovisioning") },
    });
    permission("lumapps_admin", {
      appId: lumapps.id,
      label: "LumApps Admin",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        requestApprovalConfig: {
          requestApprovalConfigOverride: true,
          managerApproval: "INITIAL_APPROVAL",
          customApprovalMessageOverride: true,
          customApprovalMessage: "Admins can change every site; approve only IT staff.",
        },
      },
    });
    const zoomPro = permission("zoom_pro_license", {
      appId: zoom.id,
      label: "Zoom Pro License",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        requestFulfillmentConfig: { timeBasedAccessOverride: true, timeBasedAccess: ["30 days", "Unlimited"] },
      },
    });
    const zoomWebinar = permission("zoom_webinar_host", { appId: zoom.id, label: "Zoom Webinar Host", requestConfig: { appstoreVisibility: "VISIBLE" } });
    // Synced from Okta: adopted and updated, never created or deleted.
    permission("okta_read_only_admin", {
      appId: okta,
      label: "Okta Read Only Admin",
      requestConfig: {
        appstoreVisibility: "VISIBLE",
        allowedGroupsOverride: true,
        allowedGroups: { type: "SPECIFIED_GROUPS", groups: [itAdmins, security] },
      },
    });

    // ---- the AppStore ---------------------------------------------------------------------------
    new appStoreApp.AppStoreApp(this, "payroll_in_appstore", {
      appId: payroll.id,
      customRequestInstructions: "Payroll access is reviewed every quarter.",
      requestFlow: {
        discoverability: "FULL",
        requireManagerApproval: true,
        allowedGroups: { type: "SPECIFIED_GROUPS", groups: [finance, group("People Team")] },
        approvers: { users: [user("alice@acme.example")], groups: [itAdmins] },
        admins: { users: [user("ada.admin@acme.example")] },
        requestValidationInlineWebhook: webhook("Request validator"),
      },
      provisioning: {
        timeBasedAccess: ["7 days", "30 days", "90 days"],
        defaultTimeBasedAccessOption: "30 days",
        manualStepsNeeded: true,
        customProvisioningInstructions: "Add the person in the payroll admin console.",
        defaultPermission: { id: payrollViewer.id },
      },
    });
    new appStoreApp.AppStoreApp(this, "expense_reports_in_appstore", {
      appId: expenses.id,
      requestFlow: { discoverability: "FULL", approvers: { groups: [finance] } },
      provisioning: { timeBasedAccess: ["Unlimited"], provisioningWebhook: webhook("Ticket provisioning") },
    });
    new appStoreApp.AppStoreApp(this, "lumapps_in_appstore", {
      appId: lumapps.id,
      requestFlow: {
        discoverability: "LIMITED",
        requireAdditionalApproval: true,
        approvers: { users: [user("heidi@acme.example")] },
        approversStage2: { groups: [security] },
      },
      provisioning: { groupsProvisioning: "GROUPS_AND_VISIBLE", timeBasedAccess: ["2 hours", "1 day"] },
    });
    new appStoreApp.AppStoreApp(this, "zoom_in_appstore", {
      appId: zoom.id,
      requestFlow: { discoverability: "FULL", allowedGroups: { type: "ALL_GROUPS" } },
    });

    // ---- pre-approval rules and access policies ---------------------------------------------------
    new preApprovalRule.PreApprovalRule(this, "finance_views_payroll", {
      appId: payroll.id,
      justification: "Finance can view payroll",
      preapprovedGroups: [finance],
      preapprovedPermissions: [{ id: payrollViewer.id }],
    });
    new preApprovalRule.PreApprovalRule(this, "everyone_submits_expenses", {
      appId: expenses.id,
      justification: "Everyone submits expenses",
      preapprovedGroups: [group("Everyone", { id: googleWorkspace, name: "Google Workspace" })],
      preapprovedPermissions: [{ id: expenseSubmitter.id }],
      timeBasedAccess: ["Unlimited"],
    });
    new preApprovalRule.PreApprovalRule(this, "sales_hosts_webinars", {
      appId: zoom.id,
      justification: "Sales hosts webinars",
      preapprovedGroups: [group("Sales")],
      preapprovedPermissions: [{ id: zoomWebinar.id }],
      preapprovalWebhooks: [webhook("Manager check")],
    });
    new accessPolicy.AccessPolicy(this, "engineers_get_zoom", {
      name: "Engineers get Zoom",
      businessJustification: "Every engineer needs video meetings from day one.",
      apps: [{ id: zoom.id, permissions: [{ id: zoomPro.id }] }],
      accessCondition: JSON.stringify({ group: "Engineering" }),
      status: "PUBLISHED",
    });
  }
}

/** A construct ID from a name or email. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

const root = new App();
new AcmeTenant(root, "acme");
root.synth();
