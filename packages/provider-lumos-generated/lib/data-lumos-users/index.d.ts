import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosUsersConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only exact matches of the search.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#exact_match DataLumosUsers#exact_match}
    */
    readonly exactMatch?: boolean | cdktf.IResolvable;
    /**
    * Fields to expand (custom_attributes).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#expand DataLumosUsers#expand}
    */
    readonly expand?: string[];
    /**
    * Page number, from 1.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#page DataLumosUsers#page}
    */
    readonly page?: number;
    /**
    * Search users by name or email.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#search_term DataLumosUsers#search_term}
    */
    readonly searchTerm?: string;
    /**
    * Page size, 1 to 100 (default 50).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#size DataLumosUsers#size}
    */
    readonly size?: number;
}
export interface DataLumosUsersItemsCustomAttributesValueArrayOfUser {
}
export declare function dataLumosUsersItemsCustomAttributesValueArrayOfUserToTerraform(struct?: DataLumosUsersItemsCustomAttributesValueArrayOfUser): any;
export declare function dataLumosUsersItemsCustomAttributesValueArrayOfUserToHclTerraform(struct?: DataLumosUsersItemsCustomAttributesValueArrayOfUser): any;
export declare class DataLumosUsersItemsCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosUsersItemsCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: DataLumosUsersItemsCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosUsersItemsCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): DataLumosUsersItemsCustomAttributesValueArrayOfUserOutputReference;
}
export interface DataLumosUsersItemsCustomAttributesValue {
}
export declare function dataLumosUsersItemsCustomAttributesValueToTerraform(struct?: DataLumosUsersItemsCustomAttributesValue): any;
export declare function dataLumosUsersItemsCustomAttributesValueToHclTerraform(struct?: DataLumosUsersItemsCustomAttributesValue): any;
export declare class DataLumosUsersItemsCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosUsersItemsCustomAttributesValue | undefined;
    set internalValue(value: DataLumosUsersItemsCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): DataLumosUsersItemsCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface DataLumosUsersItemsCustomAttributes {
}
export declare function dataLumosUsersItemsCustomAttributesToTerraform(struct?: DataLumosUsersItemsCustomAttributes): any;
export declare function dataLumosUsersItemsCustomAttributesToHclTerraform(struct?: DataLumosUsersItemsCustomAttributes): any;
export declare class DataLumosUsersItemsCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataLumosUsersItemsCustomAttributes | undefined;
    set internalValue(value: DataLumosUsersItemsCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): DataLumosUsersItemsCustomAttributesValueOutputReference;
}
export declare class DataLumosUsersItemsCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): DataLumosUsersItemsCustomAttributesOutputReference;
}
export interface DataLumosUsersItems {
}
export declare function dataLumosUsersItemsToTerraform(struct?: DataLumosUsersItems): any;
export declare function dataLumosUsersItemsToHclTerraform(struct?: DataLumosUsersItems): any;
export declare class DataLumosUsersItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosUsersItems | undefined;
    set internalValue(value: DataLumosUsersItems | undefined);
    private _customAttributes;
    get customAttributes(): DataLumosUsersItemsCustomAttributesMap;
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosUsersItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosUsersItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users lumos_users}
*/
export declare class DataLumosUsers extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_users";
    /**
    * Generates CDKTF code for importing a DataLumosUsers resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosUsers to import
    * @param importFromId The id of the existing DataLumosUsers that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosUsers to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/users lumos_users} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosUsersConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosUsersConfig);
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
    get items(): DataLumosUsersItemsList;
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
