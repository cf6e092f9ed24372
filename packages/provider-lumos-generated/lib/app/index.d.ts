import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface AppConfig extends cdktf.TerraformMetaArguments {
    /**
    * Connects this catalog integration (e.g. okta.com) instead of creating a custom app. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#app_class_id App#app_class_id}
    */
    readonly appClassId?: string;
    /**
    * Integration credentials as JSON text (write-only); use a sensitive variable. JSON text (jsonencode).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#auth App#auth}
    */
    readonly auth?: string;
    /**
    * One of Lumos's app categories (GET /apps/categories), e.g. "HR & Learning"; null resets an integration to its catalog category.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#category App#category}
    */
    readonly category?: string;
    /**
    * What the app is for.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#description App#description}
    */
    readonly description?: string;
    /**
    * Logo image URL.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#logo_url App#logo_url}
    */
    readonly logoUrl?: string;
    /**
    * Display name; required for a custom app, optional for an integration (defaults to the catalog name).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#name App#name}
    */
    readonly name?: string;
    /**
    * Shown to people requesting access.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#request_instructions App#request_instructions}
    */
    readonly requestInstructions?: string;
    /**
    * Integration settings as JSON text (write-only). JSON text (jsonencode).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#settings App#settings}
    */
    readonly settings?: string;
    /**
    * Integration connector version.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#version App#version}
    */
    readonly version?: string;
    /**
    * Website URL.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#website_url App#website_url}
    */
    readonly websiteUrl?: string;
}
export interface AppCustomAttributesValueArrayOfUser {
}
export declare function appCustomAttributesValueArrayOfUserToTerraform(struct?: AppCustomAttributesValueArrayOfUser): any;
export declare function appCustomAttributesValueArrayOfUserToHclTerraform(struct?: AppCustomAttributesValueArrayOfUser): any;
export declare class AppCustomAttributesValueArrayOfUserOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): AppCustomAttributesValueArrayOfUser | undefined;
    set internalValue(value: AppCustomAttributesValueArrayOfUser | undefined);
    get email(): string;
    get familyName(): string;
    get givenName(): string;
    get id(): string;
    get status(): string;
}
export declare class AppCustomAttributesValueArrayOfUserList extends cdktf.ComplexList {
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
    get(index: number): AppCustomAttributesValueArrayOfUserOutputReference;
}
export interface AppCustomAttributesValue {
}
export declare function appCustomAttributesValueToTerraform(struct?: AppCustomAttributesValue): any;
export declare function appCustomAttributesValueToHclTerraform(struct?: AppCustomAttributesValue): any;
export declare class AppCustomAttributesValueOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppCustomAttributesValue | undefined;
    set internalValue(value: AppCustomAttributesValue | undefined);
    private _arrayOfUser;
    get arrayOfUser(): AppCustomAttributesValueArrayOfUserList;
    get dateTime(): string;
    get integer(): number;
    get str(): string;
}
export interface AppCustomAttributes {
}
export declare function appCustomAttributesToTerraform(struct?: AppCustomAttributes): any;
export declare function appCustomAttributesToHclTerraform(struct?: AppCustomAttributes): any;
export declare class AppCustomAttributesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectKey the key of this item in the map
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectKey: string);
    get internalValue(): AppCustomAttributes | undefined;
    set internalValue(value: AppCustomAttributes | undefined);
    get type(): string;
    private _value;
    get value(): AppCustomAttributesValueOutputReference;
}
export declare class AppCustomAttributesMap extends cdktf.ComplexMap {
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
    get(key: string): AppCustomAttributesOutputReference;
}
export interface AppLinks {
}
export declare function appLinksToTerraform(struct?: AppLinks): any;
export declare function appLinksToHclTerraform(struct?: AppLinks): any;
export declare class AppLinksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): AppLinks | undefined;
    set internalValue(value: AppLinks | undefined);
    get adminUrl(): string;
    get selfAttribute(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app lumos_app}
*/
export declare class App extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_app";
    /**
    * Generates CDKTF code for importing a App resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the App to import
    * @param importFromId The id of the existing App that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the App to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/app lumos_app} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options AppConfig = {}
    */
    constructor(scope: Construct, id: string, config?: AppConfig);
    get allowMultiplePermissionSelection(): cdktf.IResolvable;
    private _appClassId?;
    get appClassId(): string;
    set appClassId(value: string);
    resetAppClassId(): void;
    get appClassIdInput(): string | undefined;
    private _auth?;
    get auth(): string;
    set auth(value: string);
    resetAuth(): void;
    get authInput(): string | undefined;
    private _category?;
    get category(): string;
    set category(value: string);
    resetCategory(): void;
    get categoryInput(): string | undefined;
    private _customAttributes;
    get customAttributes(): AppCustomAttributesMap;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    get disconnected(): cdktf.IResolvable;
    get id(): string;
    get instanceId(): string;
    private _links;
    get links(): AppLinksOutputReference;
    private _logoUrl?;
    get logoUrl(): string;
    set logoUrl(value: string);
    resetLogoUrl(): void;
    get logoUrlInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _requestInstructions?;
    get requestInstructions(): string;
    set requestInstructions(value: string);
    resetRequestInstructions(): void;
    get requestInstructionsInput(): string | undefined;
    private _settings?;
    get settings(): string;
    set settings(value: string);
    resetSettings(): void;
    get settingsInput(): string | undefined;
    get sources(): string[];
    get status(): string;
    get syncStatus(): string;
    get userFriendlyLabel(): string;
    private _version?;
    get version(): string;
    set version(value: string);
    resetVersion(): void;
    get versionInput(): string | undefined;
    private _websiteUrl?;
    get websiteUrl(): string;
    set websiteUrl(value: string);
    resetWebsiteUrl(): void;
    get websiteUrlInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
