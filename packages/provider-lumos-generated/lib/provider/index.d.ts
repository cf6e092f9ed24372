import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface LumosProviderConfig {
    /**
    * Lumos API token; also read from LUMOS_ACCESS_TOKEN.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs#http_bearer LumosProvider#http_bearer}
    */
    readonly httpBearer?: string;
    /**
    * Lumos API URL (default https://api.lumos.com).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs#server_url LumosProvider#server_url}
    */
    readonly serverUrl?: string;
    /**
    * Alias name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs#alias LumosProvider#alias}
    */
    readonly alias?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs lumos}
*/
export declare class LumosProvider extends cdktf.TerraformProvider {
    static readonly tfResourceType = "lumos";
    /**
    * Generates CDKTF code for importing a LumosProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the LumosProvider to import
    * @param importFromId The id of the existing LumosProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the LumosProvider to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs lumos} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LumosProviderConfig = {}
    */
    constructor(scope: Construct, id: string, config?: LumosProviderConfig);
    private _httpBearer?;
    get httpBearer(): string | undefined;
    set httpBearer(value: string | undefined);
    resetHttpBearer(): void;
    get httpBearerInput(): string | undefined;
    private _serverUrl?;
    get serverUrl(): string | undefined;
    set serverUrl(value: string | undefined);
    resetServerUrl(): void;
    get serverUrlInput(): string | undefined;
    private _alias?;
    get alias(): string | undefined;
    set alias(value: string | undefined);
    resetAlias(): void;
    get aliasInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
