import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AccessPolicyConfig extends cdktf.TerraformMetaArguments {
    /**
    * Who the policy applies to (Lumos condition JSON). JSON text (jsonencode).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#access_condition AccessPolicy#access_condition}
    */
    readonly accessCondition?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#apps AccessPolicy#apps}
    */
    readonly apps: AccessPolicyApps[] | cdktf.IResolvable;
    /**
    * Why this access is granted.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#business_justification AccessPolicy#business_justification}
    */
    readonly businessJustification: string;
    /**
    * Whether the policy is in force.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#is_enabled AccessPolicy#is_enabled}
    */
    readonly isEnabled?: boolean | cdktf.IResolvable;
    /**
    * Applies to everyone; no access_condition needed. Default false.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#is_everyone_condition AccessPolicy#is_everyone_condition}
    */
    readonly isEveryoneCondition?: boolean | cdktf.IResolvable;
    /**
    * Policy name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#name AccessPolicy#name}
    */
    readonly name: string;
    /**
    * DRAFT or PUBLISHED. One of "DRAFT", "PUBLISHED".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#status AccessPolicy#status}
    */
    readonly status?: string;
}
export interface AccessPolicyAppsPermissions {
    /**
    * Lumos ID of the requestable permission.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#id AccessPolicy#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function accessPolicyAppsPermissionsToTerraform(struct?: AccessPolicyAppsPermissions | cdktf.IResolvable): any;
export declare function accessPolicyAppsPermissionsToHclTerraform(struct?: AccessPolicyAppsPermissions | cdktf.IResolvable): any;
export declare class AccessPolicyAppsPermissionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AccessPolicyAppsPermissions | cdktf.IResolvable | undefined;
    set internalValue(value: AccessPolicyAppsPermissions | cdktf.IResolvable | undefined);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
}
export declare class AccessPolicyAppsPermissionsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AccessPolicyAppsPermissions[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AccessPolicyAppsPermissionsOutputReference;
}
export interface AccessPolicyApps {
    /**
    * ID of an app the policy grants.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#id AccessPolicy#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Requests for this app are pre-approved.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#is_preapproved AccessPolicy#is_preapproved}
    */
    readonly isPreapproved?: boolean | cdktf.IResolvable;
    /**
    * Permissions granted; empty = the app itself.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#permissions AccessPolicy#permissions}
    */
    readonly permissions?: AccessPolicyAppsPermissions[] | cdktf.IResolvable;
}
export declare function accessPolicyAppsToTerraform(struct?: AccessPolicyApps | cdktf.IResolvable): any;
export declare function accessPolicyAppsToHclTerraform(struct?: AccessPolicyApps | cdktf.IResolvable): any;
export declare class AccessPolicyAppsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AccessPolicyApps | cdktf.IResolvable | undefined;
    set internalValue(value: AccessPolicyApps | cdktf.IResolvable | undefined);
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _isPreapproved?;
    get isPreapproved(): boolean | cdktf.IResolvable;
    set isPreapproved(value: boolean | cdktf.IResolvable);
    resetIsPreapproved(): void;
    get isPreapprovedInput(): boolean | cdktf.IResolvable | undefined;
    private _permissions;
    get permissions(): AccessPolicyAppsPermissionsList;
    putPermissions(value: AccessPolicyAppsPermissions[] | cdktf.IResolvable): void;
    resetPermissions(): void;
    get permissionsInput(): cdktf.IResolvable | AccessPolicyAppsPermissions[] | undefined;
}
export declare class AccessPolicyAppsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: AccessPolicyApps[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): AccessPolicyAppsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy lumos_access_policy}
*/
export declare class AccessPolicy extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_access_policy";
    /**
    * Generates CDKTF code for importing a AccessPolicy resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the AccessPolicy to import
    * @param importFromId The id of the existing AccessPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the AccessPolicy to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/access_policy lumos_access_policy} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AccessPolicyConfig
    */
    constructor(scope: Construct, id: string, config: AccessPolicyConfig);
    private _accessCondition?;
    get accessCondition(): string;
    set accessCondition(value: string);
    resetAccessCondition(): void;
    get accessConditionInput(): string | undefined;
    private _apps;
    get apps(): AccessPolicyAppsList;
    putApps(value: AccessPolicyApps[] | cdktf.IResolvable): void;
    get appsInput(): cdktf.IResolvable | AccessPolicyApps[] | undefined;
    private _businessJustification?;
    get businessJustification(): string;
    set businessJustification(value: string);
    get businessJustificationInput(): string | undefined;
    get id(): string;
    private _isEnabled?;
    get isEnabled(): boolean | cdktf.IResolvable;
    set isEnabled(value: boolean | cdktf.IResolvable);
    resetIsEnabled(): void;
    get isEnabledInput(): boolean | cdktf.IResolvable | undefined;
    private _isEveryoneCondition?;
    get isEveryoneCondition(): boolean | cdktf.IResolvable;
    set isEveryoneCondition(value: boolean | cdktf.IResolvable);
    resetIsEveryoneCondition(): void;
    get isEveryoneConditionInput(): boolean | cdktf.IResolvable | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _status?;
    get status(): string;
    set status(value: string);
    resetStatus(): void;
    get statusInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
