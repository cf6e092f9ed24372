import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataLumosGroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * The group's Lumos ID.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/group#group_id DataLumosGroup#group_id}
    */
    readonly groupId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/group lumos_group}
*/
export declare class DataLumosGroup extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "lumos_group";
    /**
    * Generates CDKTF code for importing a DataLumosGroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataLumosGroup to import
    * @param importFromId The id of the existing DataLumosGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/group#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataLumosGroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/data-sources/group lumos_group} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataLumosGroupConfig
    */
    constructor(scope: Construct, id: string, config: DataLumosGroupConfig);
    get appId(): string;
    get description(): string;
    private _groupId?;
    get groupId(): string;
    set groupId(value: string);
    get groupIdInput(): string | undefined;
    get groupLifecycle(): string;
    get id(): string;
    get integrationSpecificId(): string;
    get name(): string;
    get sourceAppId(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
