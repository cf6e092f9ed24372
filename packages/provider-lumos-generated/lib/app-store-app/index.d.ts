import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AppStoreAppConfig extends cdktf.TerraformMetaArguments {
    /**
    * ID of the app offered in the AppStore.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#app_id AppStoreApp#app_id}
    */
    readonly appId: string;
    /**
    * Instructions shown when requesting this app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#custom_request_instructions AppStoreApp#custom_request_instructions}
    */
    readonly customRequestInstructions?: string;
    /**
    * How access to the app is provisioned.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#provisioning AppStoreApp#provisioning}
    */
    readonly provisioning?: AppStoreAppProvisioning;
    /**
    * Send requesters to this URL instead; null clears it. A lumos-iac addition.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#redirect_url AppStoreApp#redirect_url}
    */
    readonly redirectUrl?: string;
    /**
    * How the app is requested and approved.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#request_flow AppStoreApp#request_flow}
    */
    readonly requestFlow?: AppStoreAppRequestFlow;
}
export interface AppStoreAppCustomAttributesValueArrayOfUser {
}
export declare function appStoreAppCustomAttributesValueArrayOfUserToTerraform(struct?: AppStoreAppCustomAttributesValueArrayOfUser): any;
export declare function appStoreAppCustomAttributesValueArrayOfUserToHclTerraform(struct?: AppStoreAppCustomAttributesValueArrayOfUser): any;
export declare class AppStoreAppCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: AppStoreAppCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class AppStoreAppCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppCustomAttributesValueArrayOfUserOutputReference;
}
export interface AppStoreAppCustomAttributesValue {
}
export declare function appStoreAppCustomAttributesValueToTerraform(struct?: AppStoreAppCustomAttributesValue): any;
export declare function appStoreAppCustomAttributesValueToHclTerraform(struct?: AppStoreAppCustomAttributesValue): any;
export declare class AppStoreAppCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppCustomAttributesValue | undefined;
    set internalValue(value: AppStoreAppCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): AppStoreAppCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface AppStoreAppCustomAttributes {
}
export declare function appStoreAppCustomAttributesToTerraform(struct?: AppStoreAppCustomAttributes): any;
export declare function appStoreAppCustomAttributesToHclTerraform(struct?: AppStoreAppCustomAttributes): any;
export declare class AppStoreAppCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): AppStoreAppCustomAttributes | undefined;
    set internalValue(value: AppStoreAppCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): AppStoreAppCustomAttributesValueOutputReference;
}
export declare class AppStoreAppCustomAttributesMap extends cdktf.ComplexMap {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    /**
    * @param key the key of the item to return
    */
    get(key: string): AppStoreAppCustomAttributesOutputReference;
}
export interface AppStoreAppLinks {
}
export declare function appStoreAppLinksToTerraform(struct?: AppStoreAppLinks): any;
export declare function appStoreAppLinksToHclTerraform(struct?: AppStoreAppLinks): any;
export declare class AppStoreAppLinksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppLinks | undefined;
    set internalValue(value: AppStoreAppLinks | undefined);
    get adminUrl(): string;
    get selfAttribute(): string;
}
export interface AppStoreAppProvisioningAccessRemovalInlineWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppProvisioningAccessRemovalInlineWebhookToTerraform(struct?: AppStoreAppProvisioningAccessRemovalInlineWebhook | cdktf.IResolvable): any;
export declare function appStoreAppProvisioningAccessRemovalInlineWebhookToHclTerraform(struct?: AppStoreAppProvisioningAccessRemovalInlineWebhook | cdktf.IResolvable): any;
export declare class AppStoreAppProvisioningAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppProvisioningAccessRemovalInlineWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppProvisioningAccessRemovalInlineWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface AppStoreAppProvisioningDefaultPermission {
    /**
    * Lumos ID of the requestable permission.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppProvisioningDefaultPermissionToTerraform(struct?: AppStoreAppProvisioningDefaultPermission | cdktf.IResolvable): any;
export declare function appStoreAppProvisioningDefaultPermissionToHclTerraform(struct?: AppStoreAppProvisioningDefaultPermission | cdktf.IResolvable): any;
export declare class AppStoreAppProvisioningDefaultPermissionOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppProvisioningDefaultPermission | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppProvisioningDefaultPermission | cdktf.IResolvable | undefined);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
}
export interface AppStoreAppProvisioningProvisioningWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppProvisioningProvisioningWebhookToTerraform(struct?: AppStoreAppProvisioningProvisioningWebhook | cdktf.IResolvable): any;
export declare function appStoreAppProvisioningProvisioningWebhookToHclTerraform(struct?: AppStoreAppProvisioningProvisioningWebhook | cdktf.IResolvable): any;
export declare class AppStoreAppProvisioningProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppProvisioningProvisioningWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppProvisioningProvisioningWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface AppStoreAppProvisioning {
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#access_removal_inline_webhook AppStoreApp#access_removal_inline_webhook}
    */
    readonly accessRemovalInlineWebhook?: AppStoreAppProvisioningAccessRemovalInlineWebhook;
    /**
    * Requesters may pick several permissions at once.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#allow_multiple_permission_selection AppStoreApp#allow_multiple_permission_selection}
    */
    readonly allowMultiplePermissionSelection?: boolean | cdktf.IResolvable;
    /**
    * Instructions for whoever provisions.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#custom_provisioning_instructions AppStoreApp#custom_provisioning_instructions}
    */
    readonly customProvisioningInstructions?: string;
    /**
    * A requestable permission of the same app, by label. A lumos-iac addition.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#default_permission AppStoreApp#default_permission}
    */
    readonly defaultPermission?: AppStoreAppProvisioningDefaultPermission;
    /**
    * Preselected duration; must be one of time_based_access. A lumos-iac addition.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#default_time_based_access_option AppStoreApp#default_time_based_access_option}
    */
    readonly defaultTimeBasedAccessOption?: string;
    /**
    * How group-based access is offered. One of "DIRECT_TO_USER", "GROUPS_AND_HIDDEN", "GROUPS_AND_VISIBLE".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#groups_provisioning AppStoreApp#groups_provisioning}
    */
    readonly groupsProvisioning?: string;
    /**
    * Someone provisions access by hand.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#manual_steps_needed AppStoreApp#manual_steps_needed}
    */
    readonly manualStepsNeeded?: boolean | cdktf.IResolvable;
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#provisioning_webhook AppStoreApp#provisioning_webhook}
    */
    readonly provisioningWebhook?: AppStoreAppProvisioningProvisioningWebhook;
    /**
    * Durations people may request, e.g. ["2 hours", "7 days", "Unlimited"].
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#time_based_access AppStoreApp#time_based_access}
    */
    readonly timeBasedAccess?: string[];
}
export declare function appStoreAppProvisioningToTerraform(struct?: AppStoreAppProvisioning | cdktf.IResolvable): any;
export declare function appStoreAppProvisioningToHclTerraform(struct?: AppStoreAppProvisioning | cdktf.IResolvable): any;
export declare class AppStoreAppProvisioningOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppProvisioning | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppProvisioning | cdktf.IResolvable | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): AppStoreAppProvisioningAccessRemovalInlineWebhookOutputReference;
    putAccessRemovalInlineWebhook(value: AppStoreAppProvisioningAccessRemovalInlineWebhook): void;
    resetAccessRemovalInlineWebhook(): void;
    get accessRemovalInlineWebhookInput(): cdktf.IResolvable | AppStoreAppProvisioningAccessRemovalInlineWebhook | undefined;
    private _allowMultiplePermissionSelection?;
    get allowMultiplePermissionSelection(): boolean | cdktf.IResolvable;
    set allowMultiplePermissionSelection(value: boolean | cdktf.IResolvable);
    resetAllowMultiplePermissionSelection(): void;
    get allowMultiplePermissionSelectionInput(): boolean | cdktf.IResolvable | undefined;
    private _customProvisioningInstructions?;
    get customProvisioningInstructions(): string;
    set customProvisioningInstructions(value: string);
    resetCustomProvisioningInstructions(): void;
    get customProvisioningInstructionsInput(): string | undefined;
    private _defaultPermission;
    get defaultPermission(): AppStoreAppProvisioningDefaultPermissionOutputReference;
    putDefaultPermission(value: AppStoreAppProvisioningDefaultPermission): void;
    resetDefaultPermission(): void;
    get defaultPermissionInput(): cdktf.IResolvable | AppStoreAppProvisioningDefaultPermission | undefined;
    private _defaultTimeBasedAccessOption?;
    get defaultTimeBasedAccessOption(): string;
    set defaultTimeBasedAccessOption(value: string);
    resetDefaultTimeBasedAccessOption(): void;
    get defaultTimeBasedAccessOptionInput(): string | undefined;
    private _groupsProvisioning?;
    get groupsProvisioning(): string;
    set groupsProvisioning(value: string);
    resetGroupsProvisioning(): void;
    get groupsProvisioningInput(): string | undefined;
    private _manualStepsNeeded?;
    get manualStepsNeeded(): boolean | cdktf.IResolvable;
    set manualStepsNeeded(value: boolean | cdktf.IResolvable);
    resetManualStepsNeeded(): void;
    get manualStepsNeededInput(): boolean | cdktf.IResolvable | undefined;
    private _provisioningWebhook;
    get provisioningWebhook(): AppStoreAppProvisioningProvisioningWebhookOutputReference;
    putProvisioningWebhook(value: AppStoreAppProvisioningProvisioningWebhook): void;
    resetProvisioningWebhook(): void;
    get provisioningWebhookInput(): cdktf.IResolvable | AppStoreAppProvisioningProvisioningWebhook | undefined;
    private _timeBasedAccess?;
    get timeBasedAccess(): string[];
    set timeBasedAccess(value: string[]);
    resetTimeBasedAccess(): void;
    get timeBasedAccessInput(): string[] | undefined;
}
export interface AppStoreAppRequestFlowAdminsGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#app_id AppStoreApp#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#integration_specific_id AppStoreApp#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function appStoreAppRequestFlowAdminsGroupsToTerraform(struct?: AppStoreAppRequestFlowAdminsGroups | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowAdminsGroupsToHclTerraform(struct?: AppStoreAppRequestFlowAdminsGroups | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowAdminsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowAdminsGroups | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowAdminsGroups | cdktf.IResolvable | undefined);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    get description(): string;
    get groupLifecycle(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    get name(): string;
    get sourceAppId(): string;
}
export declare class AppStoreAppRequestFlowAdminsGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowAdminsGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowAdminsGroupsOutputReference;
}
export interface AppStoreAppRequestFlowAdminsUsers {
    /**
    * Lumos ID of the user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppRequestFlowAdminsUsersToTerraform(struct?: AppStoreAppRequestFlowAdminsUsers | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowAdminsUsersToHclTerraform(struct?: AppStoreAppRequestFlowAdminsUsers | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowAdminsUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowAdminsUsers | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowAdminsUsers | cdktf.IResolvable | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get status(): string;
}
export declare class AppStoreAppRequestFlowAdminsUsersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowAdminsUsers[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowAdminsUsersOutputReference;
}
export interface AppStoreAppRequestFlowAdmins {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#groups AppStoreApp#groups}
    */
    readonly groups?: AppStoreAppRequestFlowAdminsGroups[] | cdktf.IResolvable;
    /**
    * A user, by email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#users AppStoreApp#users}
    */
    readonly users?: AppStoreAppRequestFlowAdminsUsers[] | cdktf.IResolvable;
}
export declare function appStoreAppRequestFlowAdminsToTerraform(struct?: AppStoreAppRequestFlowAdmins | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowAdminsToHclTerraform(struct?: AppStoreAppRequestFlowAdmins | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowAdminsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlowAdmins | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowAdmins | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): AppStoreAppRequestFlowAdminsGroupsList;
    putGroups(value: AppStoreAppRequestFlowAdminsGroups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | AppStoreAppRequestFlowAdminsGroups[] | undefined;
    private _users;
    get users(): AppStoreAppRequestFlowAdminsUsersList;
    putUsers(value: AppStoreAppRequestFlowAdminsUsers[] | cdktf.IResolvable): void;
    resetUsers(): void;
    get usersInput(): cdktf.IResolvable | AppStoreAppRequestFlowAdminsUsers[] | undefined;
}
export interface AppStoreAppRequestFlowAllowedGroupsGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#app_id AppStoreApp#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#integration_specific_id AppStoreApp#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function appStoreAppRequestFlowAllowedGroupsGroupsToTerraform(struct?: AppStoreAppRequestFlowAllowedGroupsGroups | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowAllowedGroupsGroupsToHclTerraform(struct?: AppStoreAppRequestFlowAllowedGroupsGroups | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowAllowedGroupsGroups | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowAllowedGroupsGroups | cdktf.IResolvable | undefined);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    get description(): string;
    get groupLifecycle(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    get name(): string;
    get sourceAppId(): string;
}
export declare class AppStoreAppRequestFlowAllowedGroupsGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowAllowedGroupsGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowAllowedGroupsGroupsOutputReference;
}
export interface AppStoreAppRequestFlowAllowedGroups {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#groups AppStoreApp#groups}
    */
    readonly groups?: AppStoreAppRequestFlowAllowedGroupsGroups[] | cdktf.IResolvable;
    /**
    * ALL_GROUPS or SPECIFIED_GROUPS One of "ALL_GROUPS", "SPECIFIED_GROUPS".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#type AppStoreApp#type}
    */
    readonly type?: string;
}
export declare function appStoreAppRequestFlowAllowedGroupsToTerraform(struct?: AppStoreAppRequestFlowAllowedGroups | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowAllowedGroupsToHclTerraform(struct?: AppStoreAppRequestFlowAllowedGroups | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlowAllowedGroups | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowAllowedGroups | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): AppStoreAppRequestFlowAllowedGroupsGroupsList;
    putGroups(value: AppStoreAppRequestFlowAllowedGroupsGroups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | AppStoreAppRequestFlowAllowedGroupsGroups[] | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface AppStoreAppRequestFlowApproversGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#app_id AppStoreApp#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#integration_specific_id AppStoreApp#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function appStoreAppRequestFlowApproversGroupsToTerraform(struct?: AppStoreAppRequestFlowApproversGroups | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversGroupsToHclTerraform(struct?: AppStoreAppRequestFlowApproversGroups | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowApproversGroups | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApproversGroups | cdktf.IResolvable | undefined);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    get description(): string;
    get groupLifecycle(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    get name(): string;
    get sourceAppId(): string;
}
export declare class AppStoreAppRequestFlowApproversGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowApproversGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowApproversGroupsOutputReference;
}
export interface AppStoreAppRequestFlowApproversUsers {
    /**
    * Lumos ID of the user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppRequestFlowApproversUsersToTerraform(struct?: AppStoreAppRequestFlowApproversUsers | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversUsersToHclTerraform(struct?: AppStoreAppRequestFlowApproversUsers | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowApproversUsers | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApproversUsers | cdktf.IResolvable | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get status(): string;
}
export declare class AppStoreAppRequestFlowApproversUsersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowApproversUsers[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowApproversUsersOutputReference;
}
export interface AppStoreAppRequestFlowApprovers {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#groups AppStoreApp#groups}
    */
    readonly groups?: AppStoreAppRequestFlowApproversGroups[] | cdktf.IResolvable;
    /**
    * A user, by email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#users AppStoreApp#users}
    */
    readonly users?: AppStoreAppRequestFlowApproversUsers[] | cdktf.IResolvable;
}
export declare function appStoreAppRequestFlowApproversToTerraform(struct?: AppStoreAppRequestFlowApprovers | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversToHclTerraform(struct?: AppStoreAppRequestFlowApprovers | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlowApprovers | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApprovers | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): AppStoreAppRequestFlowApproversGroupsList;
    putGroups(value: AppStoreAppRequestFlowApproversGroups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | AppStoreAppRequestFlowApproversGroups[] | undefined;
    private _users;
    get users(): AppStoreAppRequestFlowApproversUsersList;
    putUsers(value: AppStoreAppRequestFlowApproversUsers[] | cdktf.IResolvable): void;
    resetUsers(): void;
    get usersInput(): cdktf.IResolvable | AppStoreAppRequestFlowApproversUsers[] | undefined;
}
export interface AppStoreAppRequestFlowApproversStage2Groups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#app_id AppStoreApp#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#integration_specific_id AppStoreApp#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function appStoreAppRequestFlowApproversStage2GroupsToTerraform(struct?: AppStoreAppRequestFlowApproversStage2Groups | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversStage2GroupsToHclTerraform(struct?: AppStoreAppRequestFlowApproversStage2Groups | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowApproversStage2Groups | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApproversStage2Groups | cdktf.IResolvable | undefined);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    get description(): string;
    get groupLifecycle(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    get name(): string;
    get sourceAppId(): string;
}
export declare class AppStoreAppRequestFlowApproversStage2GroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowApproversStage2Groups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowApproversStage2GroupsOutputReference;
}
export interface AppStoreAppRequestFlowApproversStage2Users {
    /**
    * Lumos ID of the user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppRequestFlowApproversStage2UsersToTerraform(struct?: AppStoreAppRequestFlowApproversStage2Users | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversStage2UsersToHclTerraform(struct?: AppStoreAppRequestFlowApproversStage2Users | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppStoreAppRequestFlowApproversStage2Users | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApproversStage2Users | cdktf.IResolvable | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get status(): string;
}
export declare class AppStoreAppRequestFlowApproversStage2UsersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AppStoreAppRequestFlowApproversStage2Users[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AppStoreAppRequestFlowApproversStage2UsersOutputReference;
}
export interface AppStoreAppRequestFlowApproversStage2 {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#groups AppStoreApp#groups}
    */
    readonly groups?: AppStoreAppRequestFlowApproversStage2Groups[] | cdktf.IResolvable;
    /**
    * A user, by email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#users AppStoreApp#users}
    */
    readonly users?: AppStoreAppRequestFlowApproversStage2Users[] | cdktf.IResolvable;
}
export declare function appStoreAppRequestFlowApproversStage2ToTerraform(struct?: AppStoreAppRequestFlowApproversStage2 | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowApproversStage2ToHclTerraform(struct?: AppStoreAppRequestFlowApproversStage2 | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlowApproversStage2 | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowApproversStage2 | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): AppStoreAppRequestFlowApproversStage2GroupsList;
    putGroups(value: AppStoreAppRequestFlowApproversStage2Groups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | AppStoreAppRequestFlowApproversStage2Groups[] | undefined;
    private _users;
    get users(): AppStoreAppRequestFlowApproversStage2UsersList;
    putUsers(value: AppStoreAppRequestFlowApproversStage2Users[] | cdktf.IResolvable): void;
    resetUsers(): void;
    get usersInput(): cdktf.IResolvable | AppStoreAppRequestFlowApproversStage2Users[] | undefined;
}
export interface AppStoreAppRequestFlowRequestValidationInlineWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#id AppStoreApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function appStoreAppRequestFlowRequestValidationInlineWebhookToTerraform(struct?: AppStoreAppRequestFlowRequestValidationInlineWebhook | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowRequestValidationInlineWebhookToHclTerraform(struct?: AppStoreAppRequestFlowRequestValidationInlineWebhook | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlowRequestValidationInlineWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlowRequestValidationInlineWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface AppStoreAppRequestFlow {
    /**
    * App admins.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#admins AppStoreApp#admins}
    */
    readonly admins?: AppStoreAppRequestFlowAdmins;
    /**
    * Who may request: ALL_GROUPS, or SPECIFIED_GROUPS with a list of groups.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#allowed_groups AppStoreApp#allowed_groups}
    */
    readonly allowedGroups?: AppStoreAppRequestFlowAllowedGroups;
    /**
    * First-stage approvers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#approvers AppStoreApp#approvers}
    */
    readonly approvers?: AppStoreAppRequestFlowApprovers;
    /**
    * Second-stage approvers; needs require_additional_approval.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#approvers_stage_2 AppStoreApp#approvers_stage_2}
    */
    readonly approversStage2?: AppStoreAppRequestFlowApproversStage2;
    /**
    * Message shown to approvers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#custom_approval_message AppStoreApp#custom_approval_message}
    */
    readonly customApprovalMessage?: string;
    /**
    * Who sees the app in the AppStore. One of "FULL", "LIMITED", "NONE".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#discoverability AppStoreApp#discoverability}
    */
    readonly discoverability?: string;
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#request_validation_inline_webhook AppStoreApp#request_validation_inline_webhook}
    */
    readonly requestValidationInlineWebhook?: AppStoreAppRequestFlowRequestValidationInlineWebhook;
    /**
    * A second approval stage (approvers_stage_2).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#require_additional_approval AppStoreApp#require_additional_approval}
    */
    readonly requireAdditionalApproval?: boolean | cdktf.IResolvable;
    /**
    * The requester's manager approves first.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#require_manager_approval AppStoreApp#require_manager_approval}
    */
    readonly requireManagerApproval?: boolean | cdktf.IResolvable;
}
export declare function appStoreAppRequestFlowToTerraform(struct?: AppStoreAppRequestFlow | cdktf.IResolvable): any;
export declare function appStoreAppRequestFlowToHclTerraform(struct?: AppStoreAppRequestFlow | cdktf.IResolvable): any;
export declare class AppStoreAppRequestFlowOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppStoreAppRequestFlow | cdktf.IResolvable | undefined;
    set internalValue(value: AppStoreAppRequestFlow | cdktf.IResolvable | undefined);
    private _admins;
    get admins(): AppStoreAppRequestFlowAdminsOutputReference;
    putAdmins(value: AppStoreAppRequestFlowAdmins): void;
    resetAdmins(): void;
    get adminsInput(): cdktf.IResolvable | AppStoreAppRequestFlowAdmins | undefined;
    private _allowedGroups;
    get allowedGroups(): AppStoreAppRequestFlowAllowedGroupsOutputReference;
    putAllowedGroups(value: AppStoreAppRequestFlowAllowedGroups): void;
    resetAllowedGroups(): void;
    get allowedGroupsInput(): cdktf.IResolvable | AppStoreAppRequestFlowAllowedGroups | undefined;
    private _approvers;
    get approvers(): AppStoreAppRequestFlowApproversOutputReference;
    putApprovers(value: AppStoreAppRequestFlowApprovers): void;
    resetApprovers(): void;
    get approversInput(): cdktf.IResolvable | AppStoreAppRequestFlowApprovers | undefined;
    private _approversStage2;
    get approversStage2(): AppStoreAppRequestFlowApproversStage2OutputReference;
    putApproversStage2(value: AppStoreAppRequestFlowApproversStage2): void;
    resetApproversStage2(): void;
    get approversStage2Input(): cdktf.IResolvable | AppStoreAppRequestFlowApproversStage2 | undefined;
    private _customApprovalMessage?;
    get customApprovalMessage(): string;
    set customApprovalMessage(value: string);
    resetCustomApprovalMessage(): void;
    get customApprovalMessageInput(): string | undefined;
    private _discoverability?;
    get discoverability(): string;
    set discoverability(value: string);
    resetDiscoverability(): void;
    get discoverabilityInput(): string | undefined;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): AppStoreAppRequestFlowRequestValidationInlineWebhookOutputReference;
    putRequestValidationInlineWebhook(value: AppStoreAppRequestFlowRequestValidationInlineWebhook): void;
    resetRequestValidationInlineWebhook(): void;
    get requestValidationInlineWebhookInput(): cdktf.IResolvable | AppStoreAppRequestFlowRequestValidationInlineWebhook | undefined;
    private _requireAdditionalApproval?;
    get requireAdditionalApproval(): boolean | cdktf.IResolvable;
    set requireAdditionalApproval(value: boolean | cdktf.IResolvable);
    resetRequireAdditionalApproval(): void;
    get requireAdditionalApprovalInput(): boolean | cdktf.IResolvable | undefined;
    private _requireManagerApproval?;
    get requireManagerApproval(): boolean | cdktf.IResolvable;
    set requireManagerApproval(value: boolean | cdktf.IResolvable);
    resetRequireManagerApproval(): void;
    get requireManagerApprovalInput(): boolean | cdktf.IResolvable | undefined;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app lumos_app_store_app}
*/
export declare class AppStoreApp extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_app_store_app";
    /**
    * Generates CDKTF code for importing a AppStoreApp resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AppStoreApp to import
    * @param importFromId The id of the existing AppStoreApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AppStoreApp to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app_store_app lumos_app_store_app} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AppStoreAppConfig
    */
    constructor(scope: Construct, id: string, config: AppStoreAppConfig);
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get appClassId(): string;
    private _appId?;
    get appId(): string;
    set appId(value: string);
    get appIdInput(): string | undefined;
    get category(): string;
    private _customAttributes;
    get customAttributes(): AppStoreAppCustomAttributesMap;
    private _customRequestInstructions?;
    get customRequestInstructions(): string;
    set customRequestInstructions(value: string);
    resetCustomRequestInstructions(): void;
    get customRequestInstructionsInput(): string | undefined;
    get description(): string;
    get disconnected(): cdktf.IResolvable;
    get id(): string;
    get instanceId(): string;
    private _links;
    get links(): AppStoreAppLinksOutputReference;
    get logoUrl(): string;
    private _provisioning;
    get provisioning(): AppStoreAppProvisioningOutputReference;
    putProvisioning(value: AppStoreAppProvisioning): void;
    resetProvisioning(): void;
    get provisioningInput(): cdktf.IResolvable | AppStoreAppProvisioning | undefined;
    private _redirectUrl?;
    get redirectUrl(): string;
    set redirectUrl(value: string);
    resetRedirectUrl(): void;
    get redirectUrlInput(): string | undefined;
    private _requestFlow;
    get requestFlow(): AppStoreAppRequestFlowOutputReference;
    putRequestFlow(value: AppStoreAppRequestFlow): void;
    resetRequestFlow(): void;
    get requestFlowInput(): cdktf.IResolvable | AppStoreAppRequestFlow | undefined;
    get requestInstructions(): string;
    get sources(): string[];
    get status(): string;
    get syncStatus(): string;
    get userFriendlyLabel(): string;
    get websiteUrl(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
