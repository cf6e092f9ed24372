import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosAppConfig extends cdktf.TerraformMetaArguments {
    /**
    * Fields to expand (custom_attributes).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app#expand DataLumosApp#expand}
    */
    readonly expand?: string[];
    /**
    * The app's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app#id DataLumosApp#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
export interface DataLumosAppCustomAttributesValueArrayOfUser {
}
export declare function dataLumosAppCustomAttributesValueArrayOfUserToTerraform(struct?: DataLumosAppCustomAttributesValueArrayOfUser): any;
export declare function dataLumosAppCustomAttributesValueArrayOfUserToHclTerraform(struct?: DataLumosAppCustomAttributesValueArrayOfUser): any;
export declare class DataLumosAppCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosAppCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: DataLumosAppCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosAppCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): DataLumosAppCustomAttributesValueArrayOfUserOutputReference;
}
export interface DataLumosAppCustomAttributesValue {
}
export declare function dataLumosAppCustomAttributesValueToTerraform(struct?: DataLumosAppCustomAttributesValue): any;
export declare function dataLumosAppCustomAttributesValueToHclTerraform(struct?: DataLumosAppCustomAttributesValue): any;
export declare class DataLumosAppCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppCustomAttributesValue | undefined;
    set internalValue(value: DataLumosAppCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): DataLumosAppCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface DataLumosAppCustomAttributes {
}
export declare function dataLumosAppCustomAttributesToTerraform(struct?: DataLumosAppCustomAttributes): any;
export declare function dataLumosAppCustomAttributesToHclTerraform(struct?: DataLumosAppCustomAttributes): any;
export declare class DataLumosAppCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataLumosAppCustomAttributes | undefined;
    set internalValue(value: DataLumosAppCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): DataLumosAppCustomAttributesValueOutputReference;
}
export declare class DataLumosAppCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): DataLumosAppCustomAttributesOutputReference;
}
export interface DataLumosAppLinks {
}
export declare function dataLumosAppLinksToTerraform(struct?: DataLumosAppLinks): any;
export declare function dataLumosAppLinksToHclTerraform(struct?: DataLumosAppLinks): any;
export declare class DataLumosAppLinksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosAppLinks | undefined;
    set internalValue(value: DataLumosAppLinks | undefined);
    get adminUrl(): string;
    get selfAttribute(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app lumos_app}
*/
export declare class DataLumosApp extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_app";
    /**
    * Generates CDKTF code for importing a DataLumosApp resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosApp to import
    * @param importFromId The id of the existing DataLumosApp that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosApp to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/app lumos_app} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosAppConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosAppConfig);
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    get appClassId(): string;
    get category(): string;
    private _customAttributes;
    get customAttributes(): DataLumosAppCustomAttributesMap;
    get description(): string;
    get disconnected(): cdktf.IResolvable;
    private _expand?;
    get expand(): string[];
    set expand(value: string[]);
    resetExpand(): void;
    get expandInput(): string[] | undefined;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    get instanceId(): string;
    private _links;
    get links(): DataLumosAppLinksOutputReference;
    get logoUrl(): string;
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
