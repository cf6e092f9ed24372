import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAppStoreAppSettingsConfig extends cdktf.TerraformMetaArguments {
    /**
    * ID of the app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app_settings#id DataLumosAppStoreAppSettings#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
export interface DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhook {
}
export declare function dataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhookToTerraform(struct?: DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhook): any;
export declare function dataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhookToHclTerraform(struct?: DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhook): any;
export declare class DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppSettingsProvisioningProvisioningWebhook {
}
export declare function dataLumosAppStoreAppSettingsProvisioningProvisioningWebhookToTerraform(struct?: DataLumosAppStoreAppSettingsProvisioningProvisioningWebhook): any;
export declare function dataLumosAppStoreAppSettingsProvisioningProvisioningWebhookToHclTerraform(struct?: DataLumosAppStoreAppSettingsProvisioningProvisioningWebhook): any;
export declare class DataLumosAppStoreAppSettingsProvisioningProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsProvisioningProvisioningWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsProvisioningProvisioningWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppSettingsProvisioning {
}
export declare function dataLumosAppStoreAppSettingsProvisioningToTerraform(struct?: DataLumosAppStoreAppSettingsProvisioning): any;
export declare function dataLumosAppStoreAppSettingsProvisioningToHclTerraform(struct?: DataLumosAppStoreAppSettingsProvisioning): any;
export declare class DataLumosAppStoreAppSettingsProvisioningOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsProvisioning | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsProvisioning | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): DataLumosAppStoreAppSettingsProvisioningAccessRemovalInlineWebhookOutputReference;
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get customProvisioningInstructions(): string;
    get groupsProvisioning(): string;
    get manualStepsNeeded(): cdktf.IResolvable;
    private _provisioningWebhook;
    get provisioningWebhook(): DataLumosAppStoreAppSettingsProvisioningProvisioningWebhookOutputReference;
    get timeBasedAccess(): string[];
}
export interface DataLumosAppStoreAppSettingsRequestFlowAdminsGroups {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsGroupsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdminsGroups): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsGroupsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdminsGroups): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowAdminsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowAdminsGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowAdminsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowAdminsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowAdminsGroupsOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowAdminsUsers {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsUsersToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdminsUsers): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsUsersToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdminsUsers): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowAdminsUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowAdminsUsers | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowAdminsUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowAdminsUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowAdminsUsersOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowAdmins {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdmins): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowAdminsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAdmins): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowAdminsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowAdmins | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowAdmins | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppSettingsRequestFlowAdminsGroupsList;
    private _users;
    get users(): DataLumosAppStoreAppSettingsRequestFlowAdminsUsersList;
}
export interface DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroups {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroups): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroups): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowAllowedGroups {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowAllowedGroupsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAllowedGroups): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowAllowedGroupsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowAllowedGroups): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowAllowedGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowAllowedGroups | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsGroupsList;
    get type(): string;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApproversGroups {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversGroupsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversGroups): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversGroupsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversGroups): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApproversGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApproversGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowApproversGroupsOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApproversUsers {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversUsersToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversUsers): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversUsersToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversUsers): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApproversUsers | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApproversUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowApproversUsersOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApprovers {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApprovers): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApprovers): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApprovers | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApprovers | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppSettingsRequestFlowApproversGroupsList;
    private _users;
    get users(): DataLumosAppStoreAppSettingsRequestFlowApproversUsersList;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApproversStage2Groups {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Groups): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Groups): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2Groups | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Groups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApproversStage2Users {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Users): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Users): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2Users | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApproversStage2Users | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersOutputReference;
}
export interface DataLumosAppStoreAppSettingsRequestFlowApproversStage2 {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2ToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowApproversStage2ToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowApproversStage2): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2 | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowApproversStage2 | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2GroupsList;
    private _users;
    get users(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2UsersList;
}
export interface DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhook {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhookToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhook): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhookToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhook): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppSettingsRequestFlow {
}
export declare function dataLumosAppStoreAppSettingsRequestFlowToTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlow): any;
export declare function dataLumosAppStoreAppSettingsRequestFlowToHclTerraform(struct?: DataLumosAppStoreAppSettingsRequestFlow): any;
export declare class DataLumosAppStoreAppSettingsRequestFlowOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppSettingsRequestFlow | undefined;
    set internalValue(value: DataLumosAppStoreAppSettingsRequestFlow | undefined);
    private _admins;
    get admins(): DataLumosAppStoreAppSettingsRequestFlowAdminsOutputReference;
    private _allowedGroups;
    get allowedGroups(): DataLumosAppStoreAppSettingsRequestFlowAllowedGroupsOutputReference;
    private _approvers;
    get approvers(): DataLumosAppStoreAppSettingsRequestFlowApproversOutputReference;
    private _approversStage2;
    get approversStage2(): DataLumosAppStoreAppSettingsRequestFlowApproversStage2OutputReference;
    get customApprovalMessage(): string;
    get discoverability(): string;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): DataLumosAppStoreAppSettingsRequestFlowRequestValidationInlineWebhookOutputReference;
    get requireAdditionalApproval(): cdktf.IResolvable;
    get requireManagerApproval(): cdktf.IResolvable;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app_settings lumos_app_store_app_settings}
*/
export declare class DataLumosAppStoreAppSettings extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_app_store_app_settings";
    /**
    * Generates CDKTF code for importing a DataLumosAppStoreAppSettings resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosAppStoreAppSettings to import
    * @param importFromId The id of the existing DataLumosAppStoreAppSettings that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app_settings#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosAppStoreAppSettings to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app_settings lumos_app_store_app_settings} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAppStoreAppSettingsConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosAppStoreAppSettingsConfig);
    get customRequestInstructions(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    get inAppStore(): cdktf.IResolvable;
    private _provisioning;
    get provisioning(): DataLumosAppStoreAppSettingsProvisioningOutputReference;
    private _requestFlow;
    get requestFlow(): DataLumosAppStoreAppSettingsRequestFlowOutputReference;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
