import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface SyncScheduleConfig extends cdktf.TerraformMetaArguments {
    /**
    * ID of the integration to sync. Changing it replaces the object.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#app_id SyncSchedule#app_id}
    */
    readonly appId: string;
    /**
    * Five-field cron expression, e.g. "30 7 * * *" for 07:30 daily.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#cron SyncSchedule#cron}
    */
    readonly cron: string;
    /**
    * Whether the schedule runs (default true). Default true.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#enabled SyncSchedule#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * What kind of sync (default full_sync). One of "full_sync". Default "full_sync".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#sync_type SyncSchedule#sync_type}
    */
    readonly syncType?: string;
    /**
    * IANA time zone of the expression (default UTC). Default "UTC".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#timezone SyncSchedule#timezone}
    */
    readonly timezone?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule lumos_sync_schedule}
*/
export declare class SyncSchedule extends cdktf.TerraformResource {
    static readonly tfResourceType = "lumos_sync_schedule";
    /**
    * Generates CDKTF code for importing a SyncSchedule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SyncSchedule to import
    * @param importFromId The id of the existing SyncSchedule that should be imported. Refer to the {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SyncSchedule to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/teamlumos/lumos/0.10.4/docs/resources/sync_schedule lumos_sync_schedule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SyncScheduleConfig
    */
    constructor(scope: Construct, id: string, config: SyncScheduleConfig);
    private _appId?;
    get appId(): string;
    set appId(value: string);
    get appIdInput(): string | undefined;
    private _cron?;
    get cron(): string;
    set cron(value: string);
    get cronInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    get id(): string;
    private _syncType?;
    get syncType(): string;
    set syncType(value: string);
    resetSyncType(): void;
    get syncTypeInput(): string | undefined;
    private _timezone?;
    get timezone(): string;
    set timezone(value: string);
    resetTimezone(): void;
    get timezoneInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
