import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { SelectRow } from '../common/payload-entity'

/**
 * `webhook_endpoints`: a partner's endpoint, registered by an administrator in the CMS (collection
 * `webhook-endpoints`). Read by the webhook worker only, never exposed in the schema. Its signing secrets are not
 * here but sealed in nspm_api.webhook_secrets.
 */
@Entity({ tableName: 'webhook_endpoints', readonly: true })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string' })
  url!: string

  @Property({ type: 'boolean', nullable: true })
  active?: boolean | null

  @Property({ type: 'boolean', fieldName: 'allow_private_network', nullable: true })
  allowPrivateNetwork?: boolean | null

  /** The change log's last id when the endpoint was created: it receives only later changes. */
  @Property({ type: 'integer', fieldName: 'start_after_change', nullable: true })
  startAfterChange?: number | null

  @OneToMany({ entity: () => WebhookEndpointType, mappedBy: 'parent', orderBy: { order: 'asc' } })
  types = new Collection<WebhookEndpointType>(this)
}

/** `webhook_endpoints_types`: the public types an endpoint wants (none: all). */
@Entity({ tableName: 'webhook_endpoints_types', readonly: true })
export class WebhookEndpointType extends SelectRow {
  @ManyToOne({ entity: () => WebhookEndpoint, fieldName: 'parent_id' })
  parent!: WebhookEndpoint
}
