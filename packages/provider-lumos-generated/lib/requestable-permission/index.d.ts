import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface RequestablePermissionConfig extends cdktf.TerraformMetaArguments {
    /**
    * Class of the permission's app (derived from app_id).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_class_id RequestablePermission#app_class_id}
    */
    readonly appClassId?: string;
    /**
    * ID of the app the permission belongs to.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_id RequestablePermission#app_id}
    */
    readonly appId: string;
    /**
    * Instance of the permission's app (derived from app_id).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_instance_id RequestablePermission#app_instance_id}
    */
    readonly appInstanceId?: string;
    /**
    * Whether reads include settings inherited from the app (lumos-iac always compares without them). Default true.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#include_inherited_configs RequestablePermission#include_inherited_configs}
    */
    readonly includeInheritedConfigs?: boolean | cdktf.IResolvable;
    /**
    * The permission's name, unique within its app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#label RequestablePermission#label}
    */
    readonly label: string;
    /**
    * How the permission is requested, approved and provisioned.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#request_config RequestablePermission#request_config}
    */
    readonly requestConfig?: RequestablePermissionRequestConfig;
}
export interface RequestablePermissionRequestConfigAccessRemovalInlineWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function requestablePermissionRequestConfigAccessRemovalInlineWebhookToTerraform(struct?: RequestablePermissionRequestConfigAccessRemovalInlineWebhook | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigAccessRemovalInlineWebhookToHclTerraform(struct?: RequestablePermissionRequestConfigAccessRemovalInlineWebhook | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigAccessRemovalInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigAccessRemovalInlineWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigAccessRemovalInlineWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface RequestablePermissionRequestConfigAllowedGroupsGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_id RequestablePermission#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#integration_specific_id RequestablePermission#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function requestablePermissionRequestConfigAllowedGroupsGroupsToTerraform(struct?: RequestablePermissionRequestConfigAllowedGroupsGroups | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigAllowedGroupsGroupsToHclTerraform(struct?: RequestablePermissionRequestConfigAllowedGroupsGroups | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigAllowedGroupsGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): RequestablePermissionRequestConfigAllowedGroupsGroups | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigAllowedGroupsGroups | cdktf.IResolvable | undefined);
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
export declare class RequestablePermissionRequestConfigAllowedGroupsGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: RequestablePermissionRequestConfigAllowedGroupsGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): RequestablePermissionRequestConfigAllowedGroupsGroupsOutputReference;
}
export interface RequestablePermissionRequestConfigAllowedGroups {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#groups RequestablePermission#groups}
    */
    readonly groups?: RequestablePermissionRequestConfigAllowedGroupsGroups[] | cdktf.IResolvable;
    /**
    * ALL_GROUPS or SPECIFIED_GROUPS One of "ALL_GROUPS", "SPECIFIED_GROUPS".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#type RequestablePermission#type}
    */
    readonly type?: string;
}
export declare function requestablePermissionRequestConfigAllowedGroupsToTerraform(struct?: RequestablePermissionRequestConfigAllowedGroups | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigAllowedGroupsToHclTerraform(struct?: RequestablePermissionRequestConfigAllowedGroups | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigAllowedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigAllowedGroups | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigAllowedGroups | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): RequestablePermissionRequestConfigAllowedGroupsGroupsList;
    putGroups(value: RequestablePermissionRequestConfigAllowedGroupsGroups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | RequestablePermissionRequestConfigAllowedGroupsGroups[] | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string | undefined;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_id RequestablePermission#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#integration_specific_id RequestablePermission#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversGroupsToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversGroupsToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups | cdktf.IResolvable | undefined);
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
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): RequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsOutputReference;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers {
    /**
    * Lumos ID of the user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversUsersToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversUsersToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversUsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers | cdktf.IResolvable | undefined);
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
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversUsersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): RequestablePermissionRequestConfigRequestApprovalConfigApproversUsersOutputReference;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApprovers {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#groups RequestablePermission#groups}
    */
    readonly groups?: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups[] | cdktf.IResolvable;
    /**
    * A user, by email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#users RequestablePermission#users}
    */
    readonly users?: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers[] | cdktf.IResolvable;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApprovers | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApprovers | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApprovers | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApprovers | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): RequestablePermissionRequestConfigRequestApprovalConfigApproversGroupsList;
    putGroups(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApproversGroups[] | undefined;
    private _users;
    get users(): RequestablePermissionRequestConfigRequestApprovalConfigApproversUsersList;
    putUsers(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers[] | cdktf.IResolvable): void;
    resetUsers(): void;
    get usersInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApproversUsers[] | undefined;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_id RequestablePermission#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#integration_specific_id RequestablePermission#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups | cdktf.IResolvable | undefined);
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
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsOutputReference;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users {
    /**
    * Lumos ID of the user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users | cdktf.IResolvable | undefined);
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
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersOutputReference;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 {
    /**
    * A group by name, or {name, app} when groups from two sources share a name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#groups RequestablePermission#groups}
    */
    readonly groups?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups[] | cdktf.IResolvable;
    /**
    * A user, by email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#users RequestablePermission#users}
    */
    readonly users?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users[] | cdktf.IResolvable;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2ToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigApproversStage2ToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2OutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | cdktf.IResolvable | undefined);
    private _groups;
    get groups(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2GroupsList;
    putGroups(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups[] | cdktf.IResolvable): void;
    resetGroups(): void;
    get groupsInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Groups[] | undefined;
    private _users;
    get users(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2UsersList;
    putUsers(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users[] | cdktf.IResolvable): void;
    resetUsers(): void;
    get usersInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2Users[] | undefined;
}
export interface RequestablePermissionRequestConfigRequestApprovalConfig {
    /**
    * First-stage approvers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#approvers RequestablePermission#approvers}
    */
    readonly approvers?: RequestablePermissionRequestConfigRequestApprovalConfigApprovers;
    /**
    * Second-stage approvers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#approvers_stage_2 RequestablePermission#approvers_stage_2}
    */
    readonly approversStage2?: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2;
    /**
    * Message shown to approvers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#custom_approval_message RequestablePermission#custom_approval_message}
    */
    readonly customApprovalMessage?: string;
    /**
    * Use custom_approval_message instead of the app's.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#custom_approval_message_override RequestablePermission#custom_approval_message_override}
    */
    readonly customApprovalMessageOverride?: boolean | cdktf.IResolvable;
    /**
    * NONE or INITIAL_APPROVAL by the requester's manager. One of "NONE", "INITIAL_APPROVAL".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#manager_approval RequestablePermission#manager_approval}
    */
    readonly managerApproval?: string;
    /**
    * Use this approval flow instead of the app's.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#request_approval_config_override RequestablePermission#request_approval_config_override}
    */
    readonly requestApprovalConfigOverride?: boolean | cdktf.IResolvable;
    /**
    * A second approval stage.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#require_additional_approval RequestablePermission#require_additional_approval}
    */
    readonly requireAdditionalApproval?: boolean | cdktf.IResolvable;
}
export declare function requestablePermissionRequestConfigRequestApprovalConfigToTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfig | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestApprovalConfigToHclTerraform(struct?: RequestablePermissionRequestConfigRequestApprovalConfig | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestApprovalConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestApprovalConfig | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestApprovalConfig | cdktf.IResolvable | undefined);
    private _approvers;
    get approvers(): RequestablePermissionRequestConfigRequestApprovalConfigApproversOutputReference;
    putApprovers(value: RequestablePermissionRequestConfigRequestApprovalConfigApprovers): void;
    resetApprovers(): void;
    get approversInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApprovers | undefined;
    private _approversStage2;
    get approversStage2(): RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2OutputReference;
    putApproversStage2(value: RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2): void;
    resetApproversStage2(): void;
    get approversStage2Input(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfigApproversStage2 | undefined;
    private _customApprovalMessage?;
    get customApprovalMessage(): string;
    set customApprovalMessage(value: string);
    resetCustomApprovalMessage(): void;
    get customApprovalMessageInput(): string | undefined;
    private _customApprovalMessageOverride?;
    get customApprovalMessageOverride(): boolean | cdktf.IResolvable;
    set customApprovalMessageOverride(value: boolean | cdktf.IResolvable);
    resetCustomApprovalMessageOverride(): void;
    get customApprovalMessageOverrideInput(): boolean | cdktf.IResolvable | undefined;
    private _managerApproval?;
    get managerApproval(): string;
    set managerApproval(value: string);
    resetManagerApproval(): void;
    get managerApprovalInput(): string | undefined;
    private _requestApprovalConfigOverride?;
    get requestApprovalConfigOverride(): boolean | cdktf.IResolvable;
    set requestApprovalConfigOverride(value: boolean | cdktf.IResolvable);
    resetRequestApprovalConfigOverride(): void;
    get requestApprovalConfigOverrideInput(): boolean | cdktf.IResolvable | undefined;
    private _requireAdditionalApproval?;
    get requireAdditionalApproval(): boolean | cdktf.IResolvable;
    set requireAdditionalApproval(value: boolean | cdktf.IResolvable);
    resetRequireAdditionalApproval(): void;
    get requireAdditionalApprovalInput(): boolean | cdktf.IResolvable | undefined;
    get responseDescribesEntireApprovalWorkflow(): cdktf.IResolvable;
}
export interface RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup {
    /**
    * ID of the app the group comes from. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#app_id RequestablePermission#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#integration_specific_id RequestablePermission#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupToTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupToHclTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | cdktf.IResolvable | undefined);
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
export interface RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookToTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookToHclTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface RequestablePermissionRequestConfigRequestFulfillmentConfig {
    /**
    * Instructions for whoever provisions.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#manual_instructions RequestablePermission#manual_instructions}
    */
    readonly manualInstructions?: string;
    /**
    * Someone provisions access by hand.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#manual_steps_needed RequestablePermission#manual_steps_needed}
    */
    readonly manualStepsNeeded?: boolean | cdktf.IResolvable;
    /**
    * Group that grants this permission. Fixed at creation: a change replaces the permission. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#provisioning_group RequestablePermission#provisioning_group}
    */
    readonly provisioningGroup?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup;
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#provisioning_webhook RequestablePermission#provisioning_webhook}
    */
    readonly provisioningWebhook?: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook;
    /**
    * Durations people may request, e.g. ["2 hours", "7 days", "Unlimited"].
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#time_based_access RequestablePermission#time_based_access}
    */
    readonly timeBasedAccess?: string[];
    /**
    * Use time_based_access instead of the app's.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#time_based_access_override RequestablePermission#time_based_access_override}
    */
    readonly timeBasedAccessOverride?: boolean | cdktf.IResolvable;
}
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigToTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfig | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestFulfillmentConfigToHclTerraform(struct?: RequestablePermissionRequestConfigRequestFulfillmentConfig | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestFulfillmentConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestFulfillmentConfig | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestFulfillmentConfig | cdktf.IResolvable | undefined);
    private _manualInstructions?;
    get manualInstructions(): string;
    set manualInstructions(value: string);
    resetManualInstructions(): void;
    get manualInstructionsInput(): string | undefined;
    private _manualStepsNeeded?;
    get manualStepsNeeded(): boolean | cdktf.IResolvable;
    set manualStepsNeeded(value: boolean | cdktf.IResolvable);
    resetManualStepsNeeded(): void;
    get manualStepsNeededInput(): boolean | cdktf.IResolvable | undefined;
    private _provisioningGroup;
    get provisioningGroup(): RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroupOutputReference;
    putProvisioningGroup(value: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup): void;
    resetProvisioningGroup(): void;
    get provisioningGroupInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningGroup | undefined;
    private _provisioningWebhook;
    get provisioningWebhook(): RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhookOutputReference;
    putProvisioningWebhook(value: RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook): void;
    resetProvisioningWebhook(): void;
    get provisioningWebhookInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestFulfillmentConfigProvisioningWebhook | undefined;
    private _timeBasedAccess?;
    get timeBasedAccess(): string[];
    set timeBasedAccess(value: string[]);
    resetTimeBasedAccess(): void;
    get timeBasedAccessInput(): string[] | undefined;
    private _timeBasedAccessOverride?;
    get timeBasedAccessOverride(): boolean | cdktf.IResolvable;
    set timeBasedAccessOverride(value: boolean | cdktf.IResolvable);
    resetTimeBasedAccessOverride(): void;
    get timeBasedAccessOverrideInput(): boolean | cdktf.IResolvable | undefined;
}
export interface RequestablePermissionRequestConfigRequestValidationInlineWebhook {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#id RequestablePermission#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function requestablePermissionRequestConfigRequestValidationInlineWebhookToTerraform(struct?: RequestablePermissionRequestConfigRequestValidationInlineWebhook | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigRequestValidationInlineWebhookToHclTerraform(struct?: RequestablePermissionRequestConfigRequestValidationInlineWebhook | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigRequestValidationInlineWebhookOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfigRequestValidationInlineWebhook | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfigRequestValidationInlineWebhook | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export interface RequestablePermissionRequestConfig {
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#access_removal_inline_webhook RequestablePermission#access_removal_inline_webhook}
    */
    readonly accessRemovalInlineWebhook?: RequestablePermissionRequestConfigAccessRemovalInlineWebhook;
    /**
    * Who may request: ALL_GROUPS, or SPECIFIED_GROUPS with a list of groups.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#allowed_groups RequestablePermission#allowed_groups}
    */
    readonly allowedGroups?: RequestablePermissionRequestConfigAllowedGroups;
    /**
    * Use allowed_groups below instead of the app's.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#allowed_groups_override RequestablePermission#allowed_groups_override}
    */
    readonly allowedGroupsOverride?: boolean | cdktf.IResolvable;
    /**
    * VISIBLE to offer it in the AppStore. One of "HIDDEN", "VISIBLE".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#appstore_visibility RequestablePermission#appstore_visibility}
    */
    readonly appstoreVisibility?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#request_approval_config RequestablePermission#request_approval_config}
    */
    readonly requestApprovalConfig?: RequestablePermissionRequestConfigRequestApprovalConfig;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#request_fulfillment_config RequestablePermission#request_fulfillment_config}
    */
    readonly requestFulfillmentConfig?: RequestablePermissionRequestConfigRequestFulfillmentConfig;
    /**
    * An inline webhook, by name; null removes it.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#request_validation_inline_webhook RequestablePermission#request_validation_inline_webhook}
    */
    readonly requestValidationInlineWebhook?: RequestablePermissionRequestConfigRequestValidationInlineWebhook;
}
export declare function requestablePermissionRequestConfigToTerraform(struct?: RequestablePermissionRequestConfig | cdktf.IResolvable): any;
export declare function requestablePermissionRequestConfigToHclTerraform(struct?: RequestablePermissionRequestConfig | cdktf.IResolvable): any;
export declare class RequestablePermissionRequestConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): RequestablePermissionRequestConfig | cdktf.IResolvable | undefined;
    set internalValue(value: RequestablePermissionRequestConfig | cdktf.IResolvable | undefined);
    private _accessRemovalInlineWebhook;
    get accessRemovalInlineWebhook(): RequestablePermissionRequestConfigAccessRemovalInlineWebhookOutputReference;
    putAccessRemovalInlineWebhook(value: RequestablePermissionRequestConfigAccessRemovalInlineWebhook): void;
    resetAccessRemovalInlineWebhook(): void;
    get accessRemovalInlineWebhookInput(): cdktf.IResolvable | RequestablePermissionRequestConfigAccessRemovalInlineWebhook | undefined;
    private _allowedGroups;
    get allowedGroups(): RequestablePermissionRequestConfigAllowedGroupsOutputReference;
    putAllowedGroups(value: RequestablePermissionRequestConfigAllowedGroups): void;
    resetAllowedGroups(): void;
    get allowedGroupsInput(): cdktf.IResolvable | RequestablePermissionRequestConfigAllowedGroups | undefined;
    private _allowedGroupsOverride?;
    get allowedGroupsOverride(): boolean | cdktf.IResolvable;
    set allowedGroupsOverride(value: boolean | cdktf.IResolvable);
    resetAllowedGroupsOverride(): void;
    get allowedGroupsOverrideInput(): boolean | cdktf.IResolvable | undefined;
    private _appstoreVisibility?;
    get appstoreVisibility(): string;
    set appstoreVisibility(value: string);
    resetAppstoreVisibility(): void;
    get appstoreVisibilityInput(): string | undefined;
    private _requestApprovalConfig;
    get requestApprovalConfig(): RequestablePermissionRequestConfigRequestApprovalConfigOutputReference;
    putRequestApprovalConfig(value: RequestablePermissionRequestConfigRequestApprovalConfig): void;
    resetRequestApprovalConfig(): void;
    get requestApprovalConfigInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestApprovalConfig | undefined;
    private _requestFulfillmentConfig;
    get requestFulfillmentConfig(): RequestablePermissionRequestConfigRequestFulfillmentConfigOutputReference;
    putRequestFulfillmentConfig(value: RequestablePermissionRequestConfigRequestFulfillmentConfig): void;
    resetRequestFulfillmentConfig(): void;
    get requestFulfillmentConfigInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestFulfillmentConfig | undefined;
    private _requestValidationInlineWebhook;
    get requestValidationInlineWebhook(): RequestablePermissionRequestConfigRequestValidationInlineWebhookOutputReference;
    putRequestValidationInlineWebhook(value: RequestablePermissionRequestConfigRequestValidationInlineWebhook): void;
    resetRequestValidationInlineWebhook(): void;
    get requestValidationInlineWebhookInput(): cdktf.IResolvable | RequestablePermissionRequestConfigRequestValidationInlineWebhook | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission lumos_requestable_permission}
*/
export declare class RequestablePermission extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_requestable_permission";
    /**
    * Generates CDKTF code for importing a RequestablePermission resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the RequestablePermission to import
    * @param importFromId The id of the existing RequestablePermission that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the RequestablePermission to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/requestable_permission lumos_requestable_permission} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options RequestablePermissionConfig
    */
    constructor(scope: Construct, id: string, config: RequestablePermissionConfig);
    private _appClassId?;
    get appClassId(): string;
    set appClassId(value: string);
    resetAppClassId(): void;
    get appClassIdInput(): string | undefined;
    private _appId?;
    get appId(): string;
    set appId(value: string);
    get appIdInput(): string | undefined;
    private _appInstanceId?;
    get appInstanceId(): string;
    set appInstanceId(value: string);
    resetAppInstanceId(): void;
    get appInstanceIdInput(): string | undefined;
    get id(): string;
    private _includeInheritedConfigs?;
    get includeInheritedConfigs(): boolean | cdktf.IResolvable;
    set includeInheritedConfigs(value: boolean | cdktf.IResolvable);
    resetIncludeInheritedConfigs(): void;
    get includeInheritedConfigsInput(): boolean | cdktf.IResolvable | undefined;
    private _label?;
    get label(): string;
    set label(value: string);
    get labelInput(): string | undefined;
    private _requestConfig;
    get requestConfig(): RequestablePermissionRequestConfigOutputReference;
    putRequestConfig(value: RequestablePermissionRequestConfig): void;
    resetRequestConfig(): void;
    get requestConfigInput(): cdktf.IResolvable | RequestablePermissionRequestConfig | undefined;
    get type(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
