import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface InlineWebhookConfig extends cdktf.TerraformMetaArguments {
    /**
    * What it does.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#description InlineWebhook#description}
    */
    readonly description?: string;
    /**
    * When Lumos calls it. Fixed at creation. One of "PRE_APPROVAL", "PROVISION", "DEPROVISION", "REQUEST_VALIDATION", "SIEM". Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#hook_type InlineWebhook#hook_type}
    */
    readonly hookType: string;
    /**
    * Webhook name, unique in the tenant.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#name InlineWebhook#name}
    */
    readonly name: string;
    /**
    * Shared secret (write-only); use a sensitive variable.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#secret InlineWebhook#secret}
    */
    readonly secret?: string;
    /**
    * Where Lumos sends the call.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#url InlineWebhook#url}
    */
    readonly url: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook lumos_inline_webhook}
*/
export declare class InlineWebhook extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_inline_webhook";
    /**
    * Generates CDKTF code for importing a InlineWebhook resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the InlineWebhook to import
    * @param importFromId The id of the existing InlineWebhook that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the InlineWebhook to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/inline_webhook lumos_inline_webhook} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options InlineWebhookConfig
    */
    constructor(scope: Construct, id: string, config: InlineWebhookConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _hookType?;
    get hookType(): string;
    set hookType(value: string);
    get hookTypeInput(): string | undefined;
    get id(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _secret?;
    get secret(): string;
    set secret(value: string);
    resetSecret(): void;
    get secretInput(): string | undefined;
    private _url?;
    get url(): string;
    set url(value: string);
    get urlInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
