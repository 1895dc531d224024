import type { EntityManager } from '@mikro-orm/postgresql'

/**
 * Lean reads: one SQL statement whose rows carry each document as JSON built by PostgreSQL (json_agg over
 * correlated subqueries, never a cartesian join), mapped into plain records. For hot lists where MikroORM's
 * hydration of many to-many rows costs more than the query itself.
 */
export async function selectRows<Row>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  // em.execute runs inside the request's transaction, if any, and is counted by MikroORM's query log.
  return (await em.execute(sql, [...params])) as unknown as Row[]
}

/** A PostgreSQL int[] literal for `= ANY(?::int[])`: knex would expand a JS array into a list. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(Number(id))).filter(Number.isFinite).join(',')}}`
}

/** JSON timestamps arrive as ISO strings; the GraphQL DateTime scalar wants Date. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value)
}

export function toDateOrNull(value: string | Date | null | undefined): Date | null {
  return value === null || value === undefined ? null : toDate(value)
}

/**
 * The `<table>_locales` rows of one document as a JSON array of `{ locale, <key>: <column> … }`.
 * `alias` must be unique within the statement. Payload indexes these tables only on (_locale, _parent_id): naming
 * every locale (a no-op filter) lets PostgreSQL probe that index instead of scanning the table once per document.
 */
export function localesJson(table: string, parent: string, alias: string, columns: Record<string, string>): string {
  const fields = Object.entries(columns)
    .map(([key, column]) => `'${key}', ${alias}.${column}`)
    .join(', ')
  return `(SELECT coalesce(json_agg(json_build_object('locale', ${alias}._locale, ${fields})), '[]') FROM ${table} ${alias} WHERE ${alias}._locale = ANY(enum_range(NULL::_locales)) AND ${alias}._parent_id = ${parent})`
}

/** What view converters read of a to-many relation: a MikroORM Collection, or rows a lean read built. */
export type Items<T> = { getItems(): T[] }

export function items<T>(rows: readonly T[]): Items<T> {
  return { getItems: () => [...rows] }
}
