import { Entity, PrimaryKey, Property } from '@mikro-orm/core'

/**
 * The columns every draft-enabled Payload collection has: serial id, `_status` (draft | published) and
 * `updated_at`. The main table holds the published version; drafts live in `_<collection>_v`, which the API
 * never reads.
 */
@Entity({ abstract: true })
export abstract class PayloadDocument {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date
}

/** A row of `<table>_locales`: one language's values of a document's localized fields. */
@Entity({ abstract: true })
export abstract class LocaleRow {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', fieldName: '_locale' })
  locale!: string
}
