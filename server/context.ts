import type { Gateway } from "../db/gateway.ts";
import type { ApiLimits } from "./limits/api-limits.ts";

/** What every resolver gets: the gateway, the limits in force, and whether the caller showed the token. */
export interface ApiContext {
  readonly gateway: Gateway;
  readonly limits: ApiLimits;
  /** True when the request carried the configured bearer token (writes need it). */
  readonly authorized: boolean;
}
