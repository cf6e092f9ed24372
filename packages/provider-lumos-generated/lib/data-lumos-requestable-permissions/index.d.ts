import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosRequestablePermissionsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only permissions of this app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#app_id DataLumosRequestablePermissions#app_id}
    */
    readonly appId?: string;
    /**
    * Only exact matches of the search.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#exact_match DataLumosRequestablePermissions#exact_match}
    */
    readonly exactMatch?: boolean | cdktf.IResolvable;
    /**
    * Only permissions visible in the AppStore.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#in_app_store DataLumosRequestablePermissions#in_app_store}
    */
    readonly inAppStore?: boolean | cdktf.IResolvable;
    /**
    * Include settings inherited from the app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#include_inherited_configs DataLumosRequestablePermissions#include_inherited_configs}
    */
    readonly includeInheritedConfigs?: boolean | cdktf.IResolvable;
    /**
    * Page number, from 1.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#page DataLumosRequestablePermissions#page}
    */
    readonly page?: number;
    /**
    * Search permissions by label.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#search_term DataLumosRequestablePermissions#search_term}
    */
    readonly searchTerm?: string;
    /**
    * Page size, 1 to 100 (default 50).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#size DataLumosRequestablePermissions#size}
    */
    readonly size?: number;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhook {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhookToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhook): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhookToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhook): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroups {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroups): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroups): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsOutputReference;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigAllowedGroups {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroups): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroups): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigAllowedGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigAllowedGroups | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsGroupsList;
    get type(): string;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroups {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroups): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroups): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsOutputReference;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsers {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsers): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsers): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsers | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersOutputReference;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApprovers {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApprovers): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApprovers): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApprovers | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApprovers | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversGroupsList;
    private _users;
    get users(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversUsersList;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Groups {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Groups): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Groups): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Groups | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Groups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Users {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Users): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Users): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Users | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2Users | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2 {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2ToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2ToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2 | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2 | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2GroupsList;
    private _users;
    get users(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2UsersList;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfig {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfig): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfig): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfig | undefined);
    private _approvers;
    get approvers(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversOutputReference;
    private _approversStage2;
    get approversStage2(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigApproversStage2OutputReference;
    get customApprovalMessage(): string;
    get customApprovalMessageOverride(): cdktf.IResolvable;
    get managerApproval(): string;
    get requestApprovalConfigOverride(): cdktf.IResolvable;
    get requireAdditionalApproval(): cdktf.IResolvable;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroup {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroupToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroup): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroupToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroup): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroup | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroup | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhook {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhookToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhook): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhookToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhook): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfig {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfig): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfig): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfig | undefined);
    get manualInstructions(): string;
    get manualStepsNeeded(): cdktf.IResolvable;
    private _provisioningGroup;
    get provisioningGroup(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference;
    private _provisioningWebhook;
    get provisioningWebhook(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference;
    get timeBasedAccess(): string[];
    get timeBasedAccessOverride(): cdktf.IResolvable;
}
export interface DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhook {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhookToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhook): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhookToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhook): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionsItemsRequestConfig {
}
export declare function dataLumosRequestablePermissionsItemsRequestConfigToTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfig): any;
export declare function dataLumosRequestablePermissionsItemsRequestConfigToHclTerraform(struct?: DataLumosRequestablePermissionsItemsRequestConfig): any;
export declare class DataLumosRequestablePermissionsItemsRequestConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionsItemsRequestConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItemsRequestConfig | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): DataLumosRequestablePermissionsItemsRequestConfigAccessRemovalInlineWebhookOutputReference;
    private _allowedGroups;
    get allowedGroups(): DataLumosRequestablePermissionsItemsRequestConfigAllowedGroupsOutputReference;
    get allowedGroupsOverride(): cdktf.IResolvable;
    get appstoreVisibility(): string;
    private _requestApprovalConfig;
    get requestApprovalConfig(): DataLumosRequestablePermissionsItemsRequestConfigRequestApprovalConfigOutputReference;
    private _requestFulfillmentConfig;
    get requestFulfillmentConfig(): DataLumosRequestablePermissionsItemsRequestConfigRequestFulfillmentConfigOutputReference;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): DataLumosRequestablePermissionsItemsRequestConfigRequestValidationInlineWebhookOutputReference;
}
export interface DataLumosRequestablePermissionsItems {
}
export declare function dataLumosRequestablePermissionsItemsToTerraform(struct?: DataLumosRequestablePermissionsItems): any;
export declare function dataLumosRequestablePermissionsItemsToHclTerraform(struct?: DataLumosRequestablePermissionsItems): any;
export declare class DataLumosRequestablePermissionsItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionsItems | undefined;
    set internalValue(value: DataLumosRequestablePermissionsItems | undefined);
    get appClassId(): string;
    get appId(): string;
    get appInstanceId(): string;
    get id(): string;
    get label(): string;
    private _requestConfig;
    get requestConfig(): DataLumosRequestablePermissionsItemsRequestConfigOutputReference;
    get type(): string;
}
export declare class DataLumosRequestablePermissionsItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionsItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions lumos_requestable_permissions}
*/
export declare class DataLumosRequestablePermissions extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_requestable_permissions";
    /**
    * Generates CDKTF code for importing a DataLumosRequestablePermissions resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosRequestablePermissions to import
    * @param importFromId The id of the existing DataLumosRequestablePermissions that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosRequestablePermissions to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permissions lumos_requestable_permissions} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosRequestablePermissionsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosRequestablePermissionsConfig);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    private _exactMatch?;
    get exactMatch(): boolean | cdktf.IResolvable;
    set exactMatch(value: boolean | cdktf.IResolvable);
    resetExactMatch(): void;
    get exactMatchInput(): boolean | cdktf.IResolvable | undefined;
    private _inAppStore?;
    get inAppStore(): boolean | cdktf.IResolvable;
    set inAppStore(value: boolean | cdktf.IResolvable);
    resetInAppStore(): void;
    get inAppStoreInput(): boolean | cdktf.IResolvable | undefined;
    private _includeInheritedConfigs?;
    get includeInheritedConfigs(): boolean | cdktf.IResolvable;
    set includeInheritedConfigs(value: boolean | cdktf.IResolvable);
    resetIncludeInheritedConfigs(): void;
    get includeInheritedConfigsInput(): boolean | cdktf.IResolvable | undefined;
    private _items;
    get items(): DataLumosRequestablePermissionsItemsList;
    private _page?;
    get page(): number;
    set page(value: number);
    resetPage(): void;
    get pageInput(): number | undefined;
    get pages(): number;
    private _searchTerm?;
    get searchTerm(): string;
    set searchTerm(value: string);
    resetSearchTerm(): void;
    get searchTermInput(): string | undefined;
    private _size?;
    get size(): number;
    set size(value: number);
    resetSize(): void;
    get sizeInput(): number | undefined;
    get total(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
