import { Entity, PrimaryKey, Property } from '@mikro-orm/core'
import { CHECK_TABLES } from '../../../../contracts/coordinator-checks'

/**
 * `coordinator_checks` as the public read needs it: a coordinator's verification status follows the newest check
 * sent after the last verification (verification.ts). The CMS and the check pages write these rows with SQL.
 */
@Entity({ tableName: CHECK_TABLES.checks, readonly: true })
export class CoordinatorCheck {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', fieldName: 'coordinator_id' })
  coordinatorId!: number

  @Property({ type: 'string' })
  status!: string

  @Property({ type: 'Date', nullable: true })
  sentAt?: Date | null
}
