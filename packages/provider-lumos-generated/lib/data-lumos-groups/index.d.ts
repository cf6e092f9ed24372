import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosGroupsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only groups from this app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#app_id DataLumosGroups#app_id}
    */
    readonly appId?: string;
    /**
    * Only exact matches of the search.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#exact_match DataLumosGroups#exact_match}
    */
    readonly exactMatch?: boolean | cdktf.IResolvable;
    /**
    * Only the group with this ID in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#integration_specific_id DataLumosGroups#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
    /**
    * Search groups by name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#name DataLumosGroups#name}
    */
    readonly name?: string;
    /**
    * Page number, from 1.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#page DataLumosGroups#page}
    */
    readonly page?: number;
    /**
    * Page size, 1 to 100 (default 50).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#size DataLumosGroups#size}
    */
    readonly size?: number;
}
export interface DataLumosGroupsItems {
}
export declare function dataLumosGroupsItemsToTerraform(struct?: DataLumosGroupsItems): any;
export declare function dataLumosGroupsItemsToHclTerraform(struct?: DataLumosGroupsItems): any;
export declare class DataLumosGroupsItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosGroupsItems | undefined;
    set internalValue(value: DataLumosGroupsItems | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosGroupsItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosGroupsItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups lumos_groups}
*/
export declare class DataLumosGroups extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_groups";
    /**
    * Generates CDKTF code for importing a DataLumosGroups resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosGroups to import
    * @param importFromId The id of the existing DataLumosGroups that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosGroups to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/groups lumos_groups} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosGroupsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosGroupsConfig);
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
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    private _items;
    get items(): DataLumosGroupsItemsList;
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
