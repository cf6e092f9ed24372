import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface UserSourceConfig extends cdktf.TerraformMetaArguments {
    /**
    * IDs of the source apps, highest priority first.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/user_source#app_ids UserSource#app_ids}
    */
    readonly appIds: string[];
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/user_source lumos_user_source}
*/
export declare class UserSource extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_user_source";
    /**
    * Generates CDKTF code for importing a UserSource resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the UserSource to import
    * @param importFromId The id of the existing UserSource that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/user_source#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the UserSource to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/user_source lumos_user_source} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options UserSourceConfig
    */
    constructor(scope: Construct, id: string, config: UserSourceConfig);
    private _appIds?;
    get appIds(): string[];
    set appIds(value: string[]);
    get appIdsInput(): string[] | undefined;
    get id(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
