import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosRequestablePermissionConfig extends cdktf.TerraformMetaArguments {
    /**
    * The permission's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permission#id DataLumosRequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
    /**
    * Include settings inherited from the app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permission#include_inherited_configs DataLumosRequestablePermission#include_inherited_configs}
    */
    readonly includeInheritedConfigs?: boolean | cdktf.IResolvable;
}
export interface DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhook {
}
export declare function dataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhookToTerraform(struct?: DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhook): any;
export declare function dataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhookToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhook): any;
export declare class DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionRequestConfigAllowedGroupsGroups {
}
export declare function dataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsToTerraform(struct?: DataLumosRequestablePermissionRequestConfigAllowedGroupsGroups): any;
export declare function dataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigAllowedGroupsGroups): any;
export declare class DataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionRequestConfigAllowedGroupsGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigAllowedGroupsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsOutputReference;
}
export interface DataLumosRequestablePermissionRequestConfigAllowedGroups {
}
export declare function dataLumosRequestablePermissionRequestConfigAllowedGroupsToTerraform(struct?: DataLumosRequestablePermissionRequestConfigAllowedGroups): any;
export declare function dataLumosRequestablePermissionRequestConfigAllowedGroupsToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigAllowedGroups): any;
export declare class DataLumosRequestablePermissionRequestConfigAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigAllowedGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigAllowedGroups | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionRequestConfigAllowedGroupsGroupsList;
    get type(): string;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroups {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroups): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroups): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsOutputReference;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsers {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsers): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsers): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersOutputReference;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApprovers {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApprovers): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApprovers): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApprovers | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApprovers | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsList;
    private _users;
    get users(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversUsersList;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2ToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2ToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | undefined);
    private _groups;
    get groups(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsList;
    private _users;
    get users(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersList;
}
export interface DataLumosRequestablePermissionRequestConfigRequestApprovalConfig {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfig): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestApprovalConfigToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestApprovalConfig): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestApprovalConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestApprovalConfig | undefined);
    private _approvers;
    get approvers(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversOutputReference;
    private _approversStage2;
    get approversStage2(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigApproversStage2OutputReference;
    get customApprovalMessage(): string;
    get customApprovalMessageOverride(): cdktf.IResolvable;
    get managerApproval(): string;
    get requestApprovalConfigOverride(): cdktf.IResolvable;
    get requireAdditionalApproval(): cdktf.IResolvable;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
export interface DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export interface DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfig {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfig): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfig): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfig | undefined);
    get manualInstructions(): string;
    get manualStepsNeeded(): cdktf.IResolvable;
    private _provisioningGroup;
    get provisioningGroup(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference;
    private _provisioningWebhook;
    get provisioningWebhook(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference;
    get timeBasedAccess(): string[];
    get timeBasedAccessOverride(): cdktf.IResolvable;
}
export interface DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhook {
}
export declare function dataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhookToTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhook): any;
export declare function dataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhookToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhook): any;
export declare class DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhook | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosRequestablePermissionRequestConfig {
}
export declare function dataLumosRequestablePermissionRequestConfigToTerraform(struct?: DataLumosRequestablePermissionRequestConfig): any;
export declare function dataLumosRequestablePermissionRequestConfigToHclTerraform(struct?: DataLumosRequestablePermissionRequestConfig): any;
export declare class DataLumosRequestablePermissionRequestConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosRequestablePermissionRequestConfig | undefined;
    set internalValue(value: DataLumosRequestablePermissionRequestConfig | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): DataLumosRequestablePermissionRequestConfigAccessRemovalInlineWebhookOutputReference;
    private _allowedGroups;
    get allowedGroups(): DataLumosRequestablePermissionRequestConfigAllowedGroupsOutputReference;
    get allowedGroupsOverride(): cdktf.IResolvable;
    get appstoreVisibility(): string;
    private _requestApprovalConfig;
    get requestApprovalConfig(): DataLumosRequestablePermissionRequestConfigRequestApprovalConfigOutputReference;
    private _requestFulfillmentConfig;
    get requestFulfillmentConfig(): DataLumosRequestablePermissionRequestConfigRequestFulfillmentConfigOutputReference;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): DataLumosRequestablePermissionRequestConfigRequestValidationInlineWebhookOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permission lumos_requestable_permission}
*/
export declare class DataLumosRequestablePermission extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_requestable_permission";
    /**
    * Generates CDKTF code for importing a DataLumosRequestablePermission resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosRequestablePermission to import
    * @param importFromId The id of the existing DataLumosRequestablePermission that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permission#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosRequestablePermission to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/requestable_permission lumos_requestable_permission} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosRequestablePermissionConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosRequestablePermissionConfig);
    get appClassId(): string;
    get appId(): string;
    get appInstanceId(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    private _includeInheritedConfigs?;
    get includeInheritedConfigs(): boolean | cdktf.IResolvable;
    set includeInheritedConfigs(value: boolean | cdktf.IResolvable);
    resetIncludeInheritedConfigs(): void;
    get includeInheritedConfigsInput(): boolean | cdktf.IResolvable | undefined;
    get label(): string;
    private _requestConfig;
    get requestConfig(): DataLumosRequestablePermissionRequestConfigOutputReference;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
