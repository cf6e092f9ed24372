import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAppStoreAppConfig extends cdktf.TerraformMetaArguments {
    /**
    * ID of the app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app#app_id DataLumosAppStoreApp#app_id}
    */
    readonly appId: string;
    /**
    * Fields to expand (custom_attributes).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app#expand DataLumosAppStoreApp#expand}
    */
    readonly expand?: string[];
}
export interface DataLumosAppStoreAppCustomAttributesValueArrayOfUser {
}
export declare function dataLumosAppStoreAppCustomAttributesValueArrayOfUserToTerraform(struct?: DataLumosAppStoreAppCustomAttributesValueArrayOfUser): any;
export declare function dataLumosAppStoreAppCustomAttributesValueArrayOfUserToHclTerraform(struct?: DataLumosAppStoreAppCustomAttributesValueArrayOfUser): any;
export declare class DataLumosAppStoreAppCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: DataLumosAppStoreAppCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppCustomAttributesValueArrayOfUserOutputReference;
}
export interface DataLumosAppStoreAppCustomAttributesValue {
}
export declare function dataLumosAppStoreAppCustomAttributesValueToTerraform(struct?: DataLumosAppStoreAppCustomAttributesValue): any;
export declare function dataLumosAppStoreAppCustomAttributesValueToHclTerraform(struct?: DataLumosAppStoreAppCustomAttributesValue): any;
export declare class DataLumosAppStoreAppCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppCustomAttributesValue | undefined;
    set internalValue(value: DataLumosAppStoreAppCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): DataLumosAppStoreAppCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface DataLumosAppStoreAppCustomAttributes {
}
export declare function dataLumosAppStoreAppCustomAttributesToTerraform(struct?: DataLumosAppStoreAppCustomAttributes): any;
export declare function dataLumosAppStoreAppCustomAttributesToHclTerraform(struct?: DataLumosAppStoreAppCustomAttributes): any;
export declare class DataLumosAppStoreAppCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataLumosAppStoreAppCustomAttributes | undefined;
    set internalValue(value: DataLumosAppStoreAppCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): DataLumosAppStoreAppCustomAttributesValueOutputReference;
}
export declare class DataLumosAppStoreAppCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): DataLumosAppStoreAppCustomAttributesOutputReference;
}
export interface DataLumosAppStoreAppLinks {
}
export declare function dataLumosAppStoreAppLinksToTerraform(struct?: DataLumosAppStoreAppLinks): any;
export declare function dataLumosAppStoreAppLinksToHclTerraform(struct?: DataLumosAppStoreAppLinks): any;
export declare class DataLumosAppStoreAppLinksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppLinks | undefined;
    set internalValue(value: DataLumosAppStoreAppLinks | undefined);
    get adminUrl(): string;
    get selfAttribute(): string;
}
export interface DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhook {
}
export declare function dataLumosAppStoreAppProvisioningAccessRemovalInlineWebhookToTerraform(struct?: DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhook): any;
export declare function dataLumosAppStoreAppProvisioningAccessRemovalInlineWebhookToHclTerraform(struct?: DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhook): any;
export declare class DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppProvisioningProvisioningWebhook {
}
export declare function dataLumosAppStoreAppProvisioningProvisioningWebhookToTerraform(struct?: DataLumosAppStoreAppProvisioningProvisioningWebhook): any;
export declare function dataLumosAppStoreAppProvisioningProvisioningWebhookToHclTerraform(struct?: DataLumosAppStoreAppProvisioningProvisioningWebhook): any;
export declare class DataLumosAppStoreAppProvisioningProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppProvisioningProvisioningWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppProvisioningProvisioningWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppProvisioning {
}
export declare function dataLumosAppStoreAppProvisioningToTerraform(struct?: DataLumosAppStoreAppProvisioning): any;
export declare function dataLumosAppStoreAppProvisioningToHclTerraform(struct?: DataLumosAppStoreAppProvisioning): any;
export declare class DataLumosAppStoreAppProvisioningOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppProvisioning | undefined;
    set internalValue(value: DataLumosAppStoreAppProvisioning | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): DataLumosAppStoreAppProvisioningAccessRemovalInlineWebhookOutputReference;
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get customProvisioningInstructions(): string;
    get groupsProvisioning(): string;
    get manualStepsNeeded(): cdktf.IResolvable;
    private _provisioningWebhook;
    get provisioningWebhook(): DataLumosAppStoreAppProvisioningProvisioningWebhookOutputReference;
    get timeBasedAccess(): string[];
}
export interface DataLumosAppStoreAppRequestFlowAdminsGroups {
}
export declare function dataLumosAppStoreAppRequestFlowAdminsGroupsToTerraform(struct?: DataLumosAppStoreAppRequestFlowAdminsGroups): any;
export declare function dataLumosAppStoreAppRequestFlowAdminsGroupsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowAdminsGroups): any;
export declare class DataLumosAppStoreAppRequestFlowAdminsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowAdminsGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowAdminsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppRequestFlowAdminsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowAdminsGroupsOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowAdminsUsers {
}
export declare function dataLumosAppStoreAppRequestFlowAdminsUsersToTerraform(struct?: DataLumosAppStoreAppRequestFlowAdminsUsers): any;
export declare function dataLumosAppStoreAppRequestFlowAdminsUsersToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowAdminsUsers): any;
export declare class DataLumosAppStoreAppRequestFlowAdminsUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowAdminsUsers | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowAdminsUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppRequestFlowAdminsUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowAdminsUsersOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowAdmins {
}
export declare function dataLumosAppStoreAppRequestFlowAdminsToTerraform(struct?: DataLumosAppStoreAppRequestFlowAdmins): any;
export declare function dataLumosAppStoreAppRequestFlowAdminsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowAdmins): any;
export declare class DataLumosAppStoreAppRequestFlowAdminsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlowAdmins | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowAdmins | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppRequestFlowAdminsGroupsList;
    private _users;
    get users(): DataLumosAppStoreAppRequestFlowAdminsUsersList;
}
export interface DataLumosAppStoreAppRequestFlowAllowedGroupsGroups {
}
export declare function dataLumosAppStoreAppRequestFlowAllowedGroupsGroupsToTerraform(struct?: DataLumosAppStoreAppRequestFlowAllowedGroupsGroups): any;
export declare function dataLumosAppStoreAppRequestFlowAllowedGroupsGroupsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowAllowedGroupsGroups): any;
export declare class DataLumosAppStoreAppRequestFlowAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowAllowedGroupsGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowAllowedGroupsGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppRequestFlowAllowedGroupsGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowAllowedGroupsGroupsOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowAllowedGroups {
}
export declare function dataLumosAppStoreAppRequestFlowAllowedGroupsToTerraform(struct?: DataLumosAppStoreAppRequestFlowAllowedGroups): any;
export declare function dataLumosAppStoreAppRequestFlowAllowedGroupsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowAllowedGroups): any;
export declare class DataLumosAppStoreAppRequestFlowAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlowAllowedGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowAllowedGroups | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppRequestFlowAllowedGroupsGroupsList;
    get type(): string;
}
export interface DataLumosAppStoreAppRequestFlowApproversGroups {
}
export declare function dataLumosAppStoreAppRequestFlowApproversGroupsToTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversGroups): any;
export declare function dataLumosAppStoreAppRequestFlowApproversGroupsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversGroups): any;
export declare class DataLumosAppStoreAppRequestFlowApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowApproversGroups | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApproversGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppRequestFlowApproversGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowApproversGroupsOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowApproversUsers {
}
export declare function dataLumosAppStoreAppRequestFlowApproversUsersToTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversUsers): any;
export declare function dataLumosAppStoreAppRequestFlowApproversUsersToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversUsers): any;
export declare class DataLumosAppStoreAppRequestFlowApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowApproversUsers | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApproversUsers | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppRequestFlowApproversUsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowApproversUsersOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowApprovers {
}
export declare function dataLumosAppStoreAppRequestFlowApproversToTerraform(struct?: DataLumosAppStoreAppRequestFlowApprovers): any;
export declare function dataLumosAppStoreAppRequestFlowApproversToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApprovers): any;
export declare class DataLumosAppStoreAppRequestFlowApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlowApprovers | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApprovers | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppRequestFlowApproversGroupsList;
    private _users;
    get users(): DataLumosAppStoreAppRequestFlowApproversUsersList;
}
export interface DataLumosAppStoreAppRequestFlowApproversStage2Groups {
}
export declare function dataLumosAppStoreAppRequestFlowApproversStage2GroupsToTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2Groups): any;
export declare function dataLumosAppStoreAppRequestFlowApproversStage2GroupsToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2Groups): any;
export declare class DataLumosAppStoreAppRequestFlowApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowApproversStage2Groups | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApproversStage2Groups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosAppStoreAppRequestFlowApproversStage2GroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowApproversStage2GroupsOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowApproversStage2Users {
}
export declare function dataLumosAppStoreAppRequestFlowApproversStage2UsersToTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2Users): any;
export declare function dataLumosAppStoreAppRequestFlowApproversStage2UsersToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2Users): any;
export declare class DataLumosAppStoreAppRequestFlowApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppStoreAppRequestFlowApproversStage2Users | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApproversStage2Users | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppStoreAppRequestFlowApproversStage2UsersList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppStoreAppRequestFlowApproversStage2UsersOutputReference;
}
export interface DataLumosAppStoreAppRequestFlowApproversStage2 {
}
export declare function dataLumosAppStoreAppRequestFlowApproversStage2ToTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2): any;
export declare function dataLumosAppStoreAppRequestFlowApproversStage2ToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowApproversStage2): any;
export declare class DataLumosAppStoreAppRequestFlowApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlowApproversStage2 | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowApproversStage2 | undefined);
    private _groups;
    get groups(): DataLumosAppStoreAppRequestFlowApproversStage2GroupsList;
    private _users;
    get users(): DataLumosAppStoreAppRequestFlowApproversStage2UsersList;
}
export interface DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhook {
}
export declare function dataLumosAppStoreAppRequestFlowRequestValidationInlineWebhookToTerraform(struct?: DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhook): any;
export declare function dataLumosAppStoreAppRequestFlowRequestValidationInlineWebhookToHclTerraform(struct?: DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhook): any;
export declare class DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhook | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhook | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export interface DataLumosAppStoreAppRequestFlow {
}
export declare function dataLumosAppStoreAppRequestFlowToTerraform(struct?: DataLumosAppStoreAppRequestFlow): any;
export declare function dataLumosAppStoreAppRequestFlowToHclTerraform(struct?: DataLumosAppStoreAppRequestFlow): any;
export declare class DataLumosAppStoreAppRequestFlowOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppStoreAppRequestFlow | undefined;
    set internalValue(value: DataLumosAppStoreAppRequestFlow | undefined);
    private _admins;
    get admins(): DataLumosAppStoreAppRequestFlowAdminsOutputReference;
    private _allowedGroups;
    get allowedGroups(): DataLumosAppStoreAppRequestFlowAllowedGroupsOutputReference;
    private _approvers;
    get approvers(): DataLumosAppStoreAppRequestFlowApproversOutputReference;
    private _approversStage2;
    get approversStage2(): DataLumosAppStoreAppRequestFlowApproversStage2OutputReference;
    get customApprovalMessage(): string;
    get discoverability(): string;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): DataLumosAppStoreAppRequestFlowRequestValidationInlineWebhookOutputReference;
    get requireAdditionalApproval(): cdktf.IResolvable;
    get requireManagerApproval(): cdktf.IResolvable;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app lumos_app_store_app}
*/
export declare class DataLumosAppStoreApp extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_app_store_app";
    /**
    * Generates CDKTF code for importing a DataLumosAppStoreApp resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosAppStoreApp to import
    * @param importFromId The id of the existing DataLumosAppStoreApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosAppStoreApp to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app_store_app lumos_app_store_app} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAppStoreAppConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosAppStoreAppConfig);
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get appClassId(): string;
    private _appId?;
    get appId(): string;
    set appId(value: string);
    get appIdInput(): string | undefined;
    get category(): string;
    private _customAttributes;
    get customAttributes(): DataLumosAppStoreAppCustomAttributesMap;
    get customRequestInstructions(): string;
    get description(): string;
    get disconnected(): cdktf.IResolvable;
    private _expand?;
    get expand(): string[];
    set expand(value: string[]);
    resetExpand(): void;
    get expandInput(): string[] | undefined;
    get id(): string;
    get instanceId(): string;
    private _links;
    get links(): DataLumosAppStoreAppLinksOutputReference;
    get logoUrl(): string;
    private _provisioning;
    get provisioning(): DataLumosAppStoreAppProvisioningOutputReference;
    private _requestFlow;
    get requestFlow(): DataLumosAppStoreAppRequestFlowOutputReference;
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
