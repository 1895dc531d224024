import { Entity, PrimaryKey, Property } from '@mikro-orm/core'
import { API_KEYS_TABLE } from '../../../contracts/api-keys'

/**
 * `api_keys`: a partner's key, created and revoked by an administrator in the CMS (collection `api-keys`). Read by
 * the key check only (keys/partner-keys.ts), after its hash was found in nspm_api.api_key_hashes; never in the
 * schema. Quotas are Payload number fields, stored `numeric`, which node-postgres returns as strings.
 */
@Entity({ tableName: API_KEYS_TABLE, readonly: true })
export class ApiKeyRecord {
  @PrimaryKey({ type: 'integer' })
  id!: number

  /** `active` or `revoked` (contracts/api-keys.ts). */
  @Property({ type: 'string' })
  status!: string

  @Property({ type: 'string', fieldName: 'quota_queries_per_minute' })
  queriesPerMinute!: string

  /** Whether the key also raises the order and subscription limits (a server that submits for many people). */
  @Property({ type: 'boolean', fieldName: 'quota_submits_on_behalf', nullable: true })
  submitsOnBehalf?: boolean | null

  @Property({ type: 'string', fieldName: 'quota_orders_per_hour', nullable: true })
  ordersPerHour?: string | null

  @Property({ type: 'string', fieldName: 'quota_subscriptions_per_hour', nullable: true })
  subscriptionsPerHour?: string | null
}
