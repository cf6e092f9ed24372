import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface PreApprovalRuleConfig extends cdktf.TerraformMetaArguments {
    /**
    * ID of the app the rule belongs to. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#app_id PreApprovalRule#app_id}
    */
    readonly appId: string;
    /**
    * Why these requests are pre-approved; identifies the rule within its app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#justification PreApprovalRule#justification}
    */
    readonly justification: string;
    /**
    * Pre-approval webhooks that may approve a request.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#preapproval_webhooks PreApprovalRule#preapproval_webhooks}
    */
    readonly preapprovalWebhooks?: PreApprovalRulePreapprovalWebhooks[] | cdktf.IResolvable;
    /**
    * Groups whose members are pre-approved.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#preapproved_groups PreApprovalRule#preapproved_groups}
    */
    readonly preapprovedGroups?: PreApprovalRulePreapprovedGroups[] | cdktf.IResolvable;
    /**
    * Permissions the rule covers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#preapproved_permissions PreApprovalRule#preapproved_permissions}
    */
    readonly preapprovedPermissions?: PreApprovalRulePreapprovedPermissions[] | cdktf.IResolvable;
    /**
    * Users pre-approved by an attribute value.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#preapproved_users_by_attribute PreApprovalRule#preapproved_users_by_attribute}
    */
    readonly preapprovedUsersByAttribute?: PreApprovalRulePreapprovedUsersByAttribute[] | cdktf.IResolvable;
    /**
    * Durations people may request, e.g. ["2 hours", "7 days", "Unlimited"].
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#time_based_access PreApprovalRule#time_based_access}
    */
    readonly timeBasedAccess?: string[];
}
export interface PreApprovalRulePreapprovalWebhooks {
    /**
    * Lumos ID of the inline webhook.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#id PreApprovalRule#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function preApprovalRulePreapprovalWebhooksToTerraform(struct?: PreApprovalRulePreapprovalWebhooks | cdktf.IResolvable): any;
export declare function preApprovalRulePreapprovalWebhooksToHclTerraform(struct?: PreApprovalRulePreapprovalWebhooks | cdktf.IResolvable): any;
export declare class PreApprovalRulePreapprovalWebhooksOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): PreApprovalRulePreapprovalWebhooks | cdktf.IResolvable | undefined;
    set internalValue(value: PreApprovalRulePreapprovalWebhooks | cdktf.IResolvable | undefined);
    get description(): string;
    get hookType(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get name(): string;
}
export declare class PreApprovalRulePreapprovalWebhooksList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: PreApprovalRulePreapprovalWebhooks[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): PreApprovalRulePreapprovalWebhooksOutputReference;
}
export interface PreApprovalRulePreapprovedGroups {
    /**
    * ID of the app the group comes from.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#app_id PreApprovalRule#app_id}
    */
    readonly appId?: string;
    /**
    * Lumos ID of the group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#id PreApprovalRule#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * ID of the group in its source app.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#integration_specific_id PreApprovalRule#integration_specific_id}
    */
    readonly integrationSpecificId?: string;
}
export declare function preApprovalRulePreapprovedGroupsToTerraform(struct?: PreApprovalRulePreapprovedGroups | cdktf.IResolvable): any;
export declare function preApprovalRulePreapprovedGroupsToHclTerraform(struct?: PreApprovalRulePreapprovedGroups | cdktf.IResolvable): any;
export declare class PreApprovalRulePreapprovedGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): PreApprovalRulePreapprovedGroups | cdktf.IResolvable | undefined;
    set internalValue(value: PreApprovalRulePreapprovedGroups | cdktf.IResolvable | undefined);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    resetAppId(): void;
    get appIdInput(): string | undefined;
    get description(): string;
    get groupLifecycle(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    private _integrationSpecificId?;
    get integrationSpecificId(): string;
    set integrationSpecificId(value: string);
    resetIntegrationSpecificId(): void;
    get integrationSpecificIdInput(): string | undefined;
    get name(): string;
    get sourceAppId(): string;
}
export declare class PreApprovalRulePreapprovedGroupsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: PreApprovalRulePreapprovedGroups[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): PreApprovalRulePreapprovedGroupsOutputReference;
}
export interface PreApprovalRulePreapprovedPermissions {
    /**
    * Lumos ID of the requestable permission.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#id PreApprovalRule#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
}
export declare function preApprovalRulePreapprovedPermissionsToTerraform(struct?: PreApprovalRulePreapprovedPermissions | cdktf.IResolvable): any;
export declare function preApprovalRulePreapprovedPermissionsToHclTerraform(struct?: PreApprovalRulePreapprovedPermissions | cdktf.IResolvable): any;
export declare class PreApprovalRulePreapprovedPermissionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): PreApprovalRulePreapprovedPermissions | cdktf.IResolvable | undefined;
    set internalValue(value: PreApprovalRulePreapprovedPermissions | cdktf.IResolvable | undefined);
    get appClassId(): string;
    get appId(): string;
    get appInstanceId(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string | undefined;
    get label(): string;
    get type(): string;
}
export declare class PreApprovalRulePreapprovedPermissionsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: PreApprovalRulePreapprovedPermissions[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): PreApprovalRulePreapprovedPermissionsOutputReference;
}
export interface PreApprovalRulePreapprovedUsersByAttribute {
    /**
    * User attribute
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#attribute PreApprovalRule#attribute}
    */
    readonly attribute?: string;
    /**
    * Value it must equal
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#value PreApprovalRule#value}
    */
    readonly value?: string;
}
export declare function preApprovalRulePreapprovedUsersByAttributeToTerraform(struct?: PreApprovalRulePreapprovedUsersByAttribute | cdktf.IResolvable): any;
export declare function preApprovalRulePreapprovedUsersByAttributeToHclTerraform(struct?: PreApprovalRulePreapprovedUsersByAttribute | cdktf.IResolvable): any;
export declare class PreApprovalRulePreapprovedUsersByAttributeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): PreApprovalRulePreapprovedUsersByAttribute | cdktf.IResolvable | undefined;
    set internalValue(value: PreApprovalRulePreapprovedUsersByAttribute | cdktf.IResolvable | undefined);
    private _attribute?;
    get attribute(): string;
    set attribute(value: string);
    resetAttribute(): void;
    get attributeInput(): string | undefined;
    private _value?;
    get value(): string;
    set value(value: string);
    resetValue(): void;
    get valueInput(): string | undefined;
}
export declare class PreApprovalRulePreapprovedUsersByAttributeList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: PreApprovalRulePreapprovedUsersByAttribute[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): PreApprovalRulePreapprovedUsersByAttributeOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule lumos_pre_approval_rule}
*/
export declare class PreApprovalRule extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_pre_approval_rule";
    /**
    * Generates CDKTF code for importing a PreApprovalRule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the PreApprovalRule to import
    * @param importFromId The id of the existing PreApprovalRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the PreApprovalRule to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/pre_approval_rule lumos_pre_approval_rule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options PreApprovalRuleConfig
    */
    constructor(scope: Construct, id: string, config: PreApprovalRuleConfig);
    get appClassId(): string;
    private _appId?;
    get appId(): string;
    set appId(value: string);
    get appIdInput(): string | undefined;
    get appInstanceId(): string;
    get id(): string;
    private _justification?;
    get justification(): string;
    set justification(value: string);
    get justificationInput(): string | undefined;
    private _preapprovalWebhooks;
    get preapprovalWebhooks(): PreApprovalRulePreapprovalWebhooksList;
    putPreapprovalWebhooks(value: PreApprovalRulePreapprovalWebhooks[] | cdktf.IResolvable): void;
    resetPreapprovalWebhooks(): void;
    get preapprovalWebhooksInput(): cdktf.IResolvable | PreApprovalRulePreapprovalWebhooks[] | undefined;
    private _preapprovedGroups;
    get preapprovedGroups(): PreApprovalRulePreapprovedGroupsList;
    putPreapprovedGroups(value: PreApprovalRulePreapprovedGroups[] | cdktf.IResolvable): void;
    resetPreapprovedGroups(): void;
    get preapprovedGroupsInput(): cdktf.IResolvable | PreApprovalRulePreapprovedGroups[] | undefined;
    private _preapprovedPermissions;
    get preapprovedPermissions(): PreApprovalRulePreapprovedPermissionsList;
    putPreapprovedPermissions(value: PreApprovalRulePreapprovedPermissions[] | cdktf.IResolvable): void;
    resetPreapprovedPermissions(): void;
    get preapprovedPermissionsInput(): cdktf.IResolvable | PreApprovalRulePreapprovedPermissions[] | undefined;
    private _preapprovedUsersByAttribute;
    get preapprovedUsersByAttribute(): PreApprovalRulePreapprovedUsersByAttributeList;
    putPreapprovedUsersByAttribute(value: PreApprovalRulePreapprovedUsersByAttribute[] | cdktf.IResolvable): void;
    resetPreapprovedUsersByAttribute(): void;
    get preapprovedUsersByAttributeInput(): cdktf.IResolvable | PreApprovalRulePreapprovedUsersByAttribute[] | undefined;
    private _timeBasedAccess?;
    get timeBasedAccess(): string[];
    set timeBasedAccess(value: string[]);
    resetTimeBasedAccess(): void;
    get timeBasedAccessInput(): string[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
