import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosPreApprovalRuleConfig extends cdktf.TerraformMetaArguments {
    /**
    * The rule's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/pre_approval_rule#id DataLumosPreApprovalRule#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id: string;
}
export interface DataLumosPreApprovalRulePreapprovalWebhooks {
}
export declare function dataLumosPreApprovalRulePreapprovalWebhooksToTerraform(struct?: DataLumosPreApprovalRulePreapprovalWebhooks): any;
export declare function dataLumosPreApprovalRulePreapprovalWebhooksToHclTerraform(struct?: DataLumosPreApprovalRulePreapprovalWebhooks): any;
export declare class DataLumosPreApprovalRulePreapprovalWebhooksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosPreApprovalRulePreapprovalWebhooks | undefined;
    set internalValue(value: DataLumosPreApprovalRulePreapprovalWebhooks | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export declare class DataLumosPreApprovalRulePreapprovalWebhooksList extends cdktf.ComplexList {
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
    get(index: number): DataLumosPreApprovalRulePreapprovalWebhooksOutputReference;
}
export interface DataLumosPreApprovalRulePreapprovedGroups {
}
export declare function dataLumosPreApprovalRulePreapprovedGroupsToTerraform(struct?: DataLumosPreApprovalRulePreapprovedGroups): any;
export declare function dataLumosPreApprovalRulePreapprovedGroupsToHclTerraform(struct?: DataLumosPreApprovalRulePreapprovedGroups): any;
export declare class DataLumosPreApprovalRulePreapprovedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosPreApprovalRulePreapprovedGroups | undefined;
    set internalValue(value: DataLumosPreApprovalRulePreapprovedGroups | undefined);
    get appId(): string;
    get description(): string;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
}
export declare class DataLumosPreApprovalRulePreapprovedGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosPreApprovalRulePreapprovedGroupsOutputReference;
}
export interface DataLumosPreApprovalRulePreapprovedPermissions {
}
export declare function dataLumosPreApprovalRulePreapprovedPermissionsToTerraform(struct?: DataLumosPreApprovalRulePreapprovedPermissions): any;
export declare function dataLumosPreApprovalRulePreapprovedPermissionsToHclTerraform(struct?: DataLumosPreApprovalRulePreapprovedPermissions): any;
export declare class DataLumosPreApprovalRulePreapprovedPermissionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosPreApprovalRulePreapprovedPermissions | undefined;
    set internalValue(value: DataLumosPreApprovalRulePreapprovedPermissions | undefined);
    get appClassId(): string;
    get appId(): string;
    get appInstanceId(): string;
    get id(): string;
    get label(): string;
    get type(): string;
}
export declare class DataLumosPreApprovalRulePreapprovedPermissionsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosPreApprovalRulePreapprovedPermissionsOutputReference;
}
export interface DataLumosPreApprovalRulePreapprovedUsersByAttribute {
}
export declare function dataLumosPreApprovalRulePreapprovedUsersByAttributeToTerraform(struct?: DataLumosPreApprovalRulePreapprovedUsersByAttribute): any;
export declare function dataLumosPreApprovalRulePreapprovedUsersByAttributeToHclTerraform(struct?: DataLumosPreApprovalRulePreapprovedUsersByAttribute): any;
export declare class DataLumosPreApprovalRulePreapprovedUsersByAttributeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosPreApprovalRulePreapprovedUsersByAttribute | undefined;
    set internalValue(value: DataLumosPreApprovalRulePreapprovedUsersByAttribute | undefined);
    get attribute(): string;
    get value(): string;
}
export declare class DataLumosPreApprovalRulePreapprovedUsersByAttributeList extends cdktf.ComplexList {
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
    get(index: number): DataLumosPreApprovalRulePreapprovedUsersByAttributeOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/pre_approval_rule lumos_pre_approval_rule}
*/
export declare class DataLumosPreApprovalRule extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_pre_approval_rule";
    /**
    * Generates CDKTF code for importing a DataLumosPreApprovalRule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosPreApprovalRule to import
    * @param importFromId The id of the existing DataLumosPreApprovalRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/pre_approval_rule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosPreApprovalRule to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/pre_approval_rule lumos_pre_approval_rule} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosPreApprovalRuleConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosPreApprovalRuleConfig);
    get appClassId(): string;
    get appId(): string;
    get appInstanceId(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    get idInput(): string | undefined;
    get justification(): string;
    private _preapprovalWebhooks;
    get preapprovalWebhooks(): DataLumosPreApprovalRulePreapprovalWebhooksList;
    private _preapprovedGroups;
    get preapprovedGroups(): DataLumosPreApprovalRulePreapprovedGroupsList;
    private _preapprovedPermissions;
    get preapprovedPermissions(): DataLumosPreApprovalRulePreapprovedPermissionsList;
    private _preapprovedUsersByAttribute;
    get preapprovedUsersByAttribute(): DataLumosPreApprovalRulePreapprovedUsersByAttributeList;
    get timeBasedAccess(): string[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
