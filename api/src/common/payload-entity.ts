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

/** A row of an array field (`<table>_<field>`): Payload gives it a string id and keeps the order in `_order`. */
@Entity({ abstract: true })
export abstract class ArrayRow {
  @PrimaryKey({ type: 'string' })
  id!: string

  @Property({ type: 'integer', fieldName: '_order' })
  order!: number
}

/** A value of a hasMany select field (`<table>_<field>`): serial id, `order` and `value`. */
@Entity({ abstract: true })
export abstract class SelectRow {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', fieldName: 'order' })
  order!: number

  @Property({ type: 'string', nullable: true })
  value?: string | null
}
