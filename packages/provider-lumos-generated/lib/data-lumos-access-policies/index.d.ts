import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAccessPoliciesConfig extends cdktf.TerraformMetaArguments {
    /**
    * Filter by policy name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies#name DataLumosAccessPolicies#name}
    */
    readonly name?: string;
    /**
    * Page number, from 1.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies#page DataLumosAccessPolicies#page}
    */
    readonly page?: number;
    /**
    * Page size, 1 to 100 (default 50).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies#size DataLumosAccessPolicies#size}
    */
    readonly size?: number;
}
export interface DataLumosAccessPoliciesItemsAppsPermissions {
}
export declare function dataLumosAccessPoliciesItemsAppsPermissionsToTerraform(struct?: DataLumosAccessPoliciesItemsAppsPermissions): any;
export declare function dataLumosAccessPoliciesItemsAppsPermissionsToHclTerraform(struct?: DataLumosAccessPoliciesItemsAppsPermissions): any;
export declare class DataLumosAccessPoliciesItemsAppsPermissionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAccessPoliciesItemsAppsPermissions | undefined;
    set internalValue(value: DataLumosAccessPoliciesItemsAppsPermissions | undefined);
    get id(): string;
}
export declare class DataLumosAccessPoliciesItemsAppsPermissionsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAccessPoliciesItemsAppsPermissionsOutputReference;
}
export interface DataLumosAccessPoliciesItemsApps {
}
export declare function dataLumosAccessPoliciesItemsAppsToTerraform(struct?: DataLumosAccessPoliciesItemsApps): any;
export declare function dataLumosAccessPoliciesItemsAppsToHclTerraform(struct?: DataLumosAccessPoliciesItemsApps): any;
export declare class DataLumosAccessPoliciesItemsAppsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAccessPoliciesItemsApps | undefined;
    set internalValue(value: DataLumosAccessPoliciesItemsApps | undefined);
    get id(): string;
    get isPreapproved(): cdktf.IResolvable;
    private _permissions;
    get permissions(): DataLumosAccessPoliciesItemsAppsPermissionsList;
}
export declare class DataLumosAccessPoliciesItemsAppsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAccessPoliciesItemsAppsOutputReference;
}
export interface DataLumosAccessPoliciesItems {
}
export declare function dataLumosAccessPoliciesItemsToTerraform(struct?: DataLumosAccessPoliciesItems): any;
export declare function dataLumosAccessPoliciesItemsToHclTerraform(struct?: DataLumosAccessPoliciesItems): any;
export declare class DataLumosAccessPoliciesItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAccessPoliciesItems | undefined;
    set internalValue(value: DataLumosAccessPoliciesItems | undefined);
    get accessCondition(): string;
    private _apps;
    get apps(): DataLumosAccessPoliciesItemsAppsList;
    get businessJustification(): string;
    get id(): string;
    get isEnabled(): cdktf.IResolvable;
    get isEveryoneCondition(): cdktf.IResolvable;
    get name(): string;
    get status(): string;
}
export declare class DataLumosAccessPoliciesItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAccessPoliciesItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies lumos_access_policies}
*/
export declare class DataLumosAccessPolicies extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_access_policies";
    /**
    * Generates CDKTF code for importing a DataLumosAccessPolicies resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosAccessPolicies to import
    * @param importFromId The id of the existing DataLumosAccessPolicies that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosAccessPolicies to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/access_policies lumos_access_policies} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAccessPoliciesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosAccessPoliciesConfig);
    private _items;
    get items(): DataLumosAccessPoliciesItemsList;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _page?;
    get page(): number;
    set page(value: number);
    resetPage(): void;
    get pageInput(): number | undefined;
    get pages(): number;
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
