import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAccessPolicyConfig extends cdktf.TerraformMetaArguments {
    /**
    * The policy's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policy#id DataLumosAccessPolicy#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
export interface DataLumosAccessPolicyAppsPermissions {
}
export declare function dataLumosAccessPolicyAppsPermissionsToTerraform(struct?: DataLumosAccessPolicyAppsPermissions): any;
export declare function dataLumosAccessPolicyAppsPermissionsToHclTerraform(struct?: DataLumosAccessPolicyAppsPermissions): any;
export declare class DataLumosAccessPolicyAppsPermissionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAccessPolicyAppsPermissions | undefined;
    set internalValue(value: DataLumosAccessPolicyAppsPermissions | undefined);
    get id(): string;
}
export declare class DataLumosAccessPolicyAppsPermissionsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAccessPolicyAppsPermissionsOutputReference;
}
export interface DataLumosAccessPolicyApps {
}
export declare function dataLumosAccessPolicyAppsToTerraform(struct?: DataLumosAccessPolicyApps): any;
export declare function dataLumosAccessPolicyAppsToHclTerraform(struct?: DataLumosAccessPolicyApps): any;
export declare class DataLumosAccessPolicyAppsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAccessPolicyApps | undefined;
    set internalValue(value: DataLumosAccessPolicyApps | undefined);
    get id(): string;
    get isPreapproved(): cdktf.IResolvable;
    private _permissions;
    get permissions(): DataLumosAccessPolicyAppsPermissionsList;
}
export declare class DataLumosAccessPolicyAppsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAccessPolicyAppsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policy lumos_access_policy}
*/
export declare class DataLumosAccessPolicy extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_access_policy";
    /**
    * Generates CDKTF code for importing a DataLumosAccessPolicy resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosAccessPolicy to import
    * @param importFromId The id of the existing DataLumosAccessPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policy#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosAccessPolicy to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policy lumos_access_policy} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAccessPolicyConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosAccessPolicyConfig);
    get accessCondition(): string;
    private _apps;
    get apps(): DataLumosAccessPolicyAppsList;
    get businessJustification(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    get isEnabled(): cdktf.IResolvable;
    get isEveryoneCondition(): cdktf.IResolvable;
    get name(): string;
    get status(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
