import { Entity, PrimaryKey, Property } from '@mikro-orm/core'
import { CONTENT_CHANGES_TABLE, type ChangeAction, type PublicTypeName } from '../../../../contracts/public-types'

/** A row of the change log (cms/migrations/20261206_090000_content_changes.ts): ids in commit order. */
@Entity({ tableName: CONTENT_CHANGES_TABLE, readonly: true })
export class ContentChange {
  @PrimaryKey({ type: 'bigint' })
  id!: string

  @Property({ type: 'string' })
  type!: PublicTypeName

  @Property({ type: 'integer', fieldName: 'document_id' })
  documentId!: number

  @Property({ type: 'string' })
  action!: ChangeAction
}
