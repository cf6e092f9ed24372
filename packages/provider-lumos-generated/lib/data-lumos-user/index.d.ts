import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosUserConfig extends cdktf.TerraformMetaArguments {
    /**
    * Fields to expand (custom_attributes).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/user#expand DataLumosUser#expand}
    */
    readonly expand?: string[];
    /**
    * The user's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/user#user_id DataLumosUser#user_id}
    */
    readonly userId: string;
}
export interface DataLumosUserCustomAttributesValueArrayOfUser {
}
export declare function dataLumosUserCustomAttributesValueArrayOfUserToTerraform(struct?: DataLumosUserCustomAttributesValueArrayOfUser): any;
export declare function dataLumosUserCustomAttributesValueArrayOfUserToHclTerraform(struct?: DataLumosUserCustomAttributesValueArrayOfUser): any;
export declare class DataLumosUserCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosUserCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: DataLumosUserCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class DataLumosUserCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): DataLumosUserCustomAttributesValueArrayOfUserOutputReference;
}
export interface DataLumosUserCustomAttributesValue {
}
export declare function dataLumosUserCustomAttributesValueToTerraform(struct?: DataLumosUserCustomAttributesValue): any;
export declare function dataLumosUserCustomAttributesValueToHclTerraform(struct?: DataLumosUserCustomAttributesValue): any;
export declare class DataLumosUserCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): DataLumosUserCustomAttributesValue | undefined;
    set internalValue(value: DataLumosUserCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): DataLumosUserCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface DataLumosUserCustomAttributes {
}
export declare function dataLumosUserCustomAttributesToTerraform(struct?: DataLumosUserCustomAttributes): any;
export declare function dataLumosUserCustomAttributesToHclTerraform(struct?: DataLumosUserCustomAttributes): any;
export declare class DataLumosUserCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): DataLumosUserCustomAttributes | undefined;
    set internalValue(value: DataLumosUserCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): DataLumosUserCustomAttributesValueOutputReference;
}
export declare class DataLumosUserCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): DataLumosUserCustomAttributesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/user lumos_user}
*/
export declare class DataLumosUser extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_user";
    /**
    * Generates CDKTF code for importing a DataLumosUser resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosUser to import
    * @param importFromId The id of the existing DataLumosUser that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/user#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosUser to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/user lumos_user} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosUserConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosUserConfig);
    private _customAttributes;
    get customAttributes(): DataLumosUserCustomAttributesMap;
    get email(): string;
    private _expand?;
    get expand(): string[];
    set expand(value: string[]);
    resetExpand(): void;
    get expandInput(): string[] | undefined;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    get userIdInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
