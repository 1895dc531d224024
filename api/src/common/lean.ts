import type { EntityManager } from '@mikro-orm/postgresql'

/**
 * Raw statements for what only SQL does (the change feed's page, retention): rows as PostgreSQL returns them.
 * Published content is read from the snapshot (read-model/), never this way.
 */
export async function selectRows<Row>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  // em.execute runs inside the request's transaction, if any, and is counted by MikroORM's query log.
  return (await em.execute(sql, [...params])) as unknown as Row[]
}

/** JSON timestamps arrive as ISO strings; the GraphQL DateTime scalar wants Date. */
export function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value)
}

export function toDateOrNull(value: string | Date | null | undefined): Date | null {
  return value === null || value === undefined ? null : toDate(value)
}
