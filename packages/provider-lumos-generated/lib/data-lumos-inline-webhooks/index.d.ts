import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosInlineWebhooksConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only the webhook with this name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/inline_webhooks#name DataLumosInlineWebhooks#name}
    */
    readonly name?: string;
}
export interface DataLumosInlineWebhooksItems {
}
export declare function dataLumosInlineWebhooksItemsToTerraform(struct?: DataLumosInlineWebhooksItems): any;
export declare function dataLumosInlineWebhooksItemsToHclTerraform(struct?: DataLumosInlineWebhooksItems): any;
export declare class DataLumosInlineWebhooksItemsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataLumosInlineWebhooksItems | undefined;
    set internalValue(value: DataLumosInlineWebhooksItems | undefined);
    get description(): string;
    get hookType(): string;
    get id(): string;
    get name(): string;
}
export declare class DataLumosInlineWebhooksItemsList extends cdktf.ComplexList {
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
    get(index: number): DataLumosInlineWebhooksItemsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/inline_webhooks lumos_inline_webhooks}
*/
export declare class DataLumosInlineWebhooks extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_inline_webhooks";
    /**
    * Generates CDKTF code for importing a DataLumosInlineWebhooks resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosInlineWebhooks to import
    * @param importFromId The id of the existing DataLumosInlineWebhooks that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/inline_webhooks#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosInlineWebhooks to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/inline_webhooks lumos_inline_webhooks} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosInlineWebhooksConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataLumosInlineWebhooksConfig);
    private _items;
    get items(): DataLumosInlineWebhooksItemsList;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
