import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAppsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only integrations connected through the API or in the Lumos UI. One of "API", "UI".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#connection_source DataLumosApps#connection_source}
    */
    readonly connectionSource?: string;
    /**
    * Only disconnected (true) or only connected (false) apps.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#disconnected DataLumosApps#disconnected}
    */
    readonly disconnected?: boolean | cdktf.IResolvable;
    /**
    * Only exact matches of the search.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#exact_match DataLumosApps#exact_match}
    */
    readonly exactMatch?: boolean | cdktf.IResolvable;
    /**
    * Fields to expand (custom_attributes).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#expand DataLumosApps#expand}
    */
    readonly expand?: string[];
    /**
    * Search apps by name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#name_search DataLumosApps#name_search}
    */
    readonly nameSearch?: string;
    /**
    * Page number, from 1.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#page DataLumosApps#page}
    */
    readonly page?: number;
    /**
    * Page size, 1 to 100 (default 50).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#size DataLumosApps#size}
    */
    readonly size?: number;
}
export interface DataLumosAppsItemsCustomAttributesValueArrayOfUser {
}
export declare function dataLumosAppsItemsCustomAttributesValueArrayOfUserToTerraform(struct?: DataLumosAppsItemsCustomAttributesValueArrayOfUser): any;
export declare function dataLumosAppsItemsCustomAttributesValueArrayOfUserToHclTerraform(struct?: DataLumosAppsItemsCustomAttributesValueArrayOfUser): any;
export declare class DataLumosAppsItemsCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppsItemsCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: DataLumosAppsItemsCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppsItemsCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppsItemsCustomAttributesValueArrayOfUserOutputReference;
}
export interface DataLumosAppsItemsCustomAttributesValue {
}
export declare function dataLumosAppsItemsCustomAttributesValueToTerraform(struct?: DataLumosAppsItemsCustomAttributesValue): any;
export declare function dataLumosAppsItemsCustomAttributesValueToHclTerraform(struct?: DataLumosAppsItemsCustomAttributesValue): any;
export declare class DataLumosAppsItemsCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppsItemsCustomAttributesValue | undefined;
    set internalValue(value: DataLumosAppsItemsCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): DataLumosAppsItemsCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface DataLumosAppsItemsCustomAttributes {
}
export declare function dataLumosAppsItemsCustomAttributesToTerraform(struct?: DataLumosAppsItemsCustomAttributes): any;
export declare function dataLumosAppsItemsCustomAttributesToHclTerraform(struct?: DataLumosAppsItemsCustomAttributes): any;
export declare class DataLumosAppsItemsCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataLumosAppsItemsCustomAttributes | undefined;
    set internalValue(value: DataLumosAppsItemsCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): DataLumosAppsItemsCustomAttributesValueOutputReference;
}
export declare class DataLumosAppsItemsCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): DataLumosAppsItemsCustomAttributesOutputReference;
}
export interface DataLumosAppsItemsLinks {
}
export declare function dataLumosAppsItemsLinksToTerraform(struct?: DataLumosAppsItemsLinks): any;
export declare function dataLumosAppsItemsLinksToHclTerraform(struct?: DataLumosAppsItemsLinks): any;
export declare class DataLumosAppsItemsLinksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppsItemsLinks | undefined;
    set internalValue(value: DataLumosAppsItemsLinks | undefined);
    get adminUrl(): string;
    get selfAttribute(): string;
}
export interface DataLumosAppsItems {
}
export declare function dataLumosAppsItemsToTerraform(struct?: DataLumosAppsItems): any;
export declare function dataLumosAppsItemsToHclTerraform(struct?: DataLumosAppsItems): any;
export declare class DataLumosAppsItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppsItems | undefined;
    set internalValue(value: DataLumosAppsItems | undefined);
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get appClassId(): string;
    get category(): string;
    private _customAttributes;
    get customAttributes(): DataLumosAppsItemsCustomAttributesMap;
    get description(): string;
    get disconnected(): cdktf.IResolvable;
    get id(): string;
    get instanceId(): string;
    private _links;
    get links(): DataLumosAppsItemsLinksOutputReference;
    get logoUrl(): string;
    get requestInstructions(): string;
    get sources(): string[];
    get status(): string;
    get syncStatus(): string;
    get userFriendlyLabel(): string;
    get websiteUrl(): string;
}
export declare class DataLumosAppsItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppsItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps lumos_apps}
*/
export declare class DataLumosApps extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_apps";
    /**
    * Generates CDKTF code for importing a DataLumosApps resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosApps to import
    * @param importFromId The id of the existing DataLumosApps that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosApps to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/apps lumos_apps} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAppsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosAppsConfig);
    private _connectionSource?;
    get connectionSource(): string;
    set connectionSource(value: string);
    resetConnectionSource(): void;
    get connectionSourceInput(): string | undefined;
    private _disconnected?;
    get disconnected(): boolean | cdktf.IResolvable;
    set disconnected(value: boolean | cdktf.IResolvable);
    resetDisconnected(): void;
    get disconnectedInput(): boolean | cdktf.IResolvable | undefined;
    private _exactMatch?;
    get exactMatch(): boolean | cdktf.IResolvable;
    set exactMatch(value: boolean | cdktf.IResolvable);
    resetExactMatch(): void;
    get exactMatchInput(): boolean | cdktf.IResolvable | undefined;
    private _expand?;
    get expand(): string[];
    set expand(value: string[]);
    resetExpand(): void;
    get expandInput(): string[] | undefined;
    private _items;
    get items(): DataLumosAppsItemsList;
    private _nameSearch?;
    get nameSearch(): string;
    set nameSearch(value: string);
    resetNameSearch(): void;
    get nameSearchInput(): string | undefined;
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
