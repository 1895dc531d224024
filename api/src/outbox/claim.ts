/**
 * The claim of an outbox-shaped table (`status`, `next_attempt_at`, serial `id`): due pending rows, oldest first,
 * locked FOR UPDATE SKIP LOCKED, so that several API replicas each take different rows and none waits for another.
 * `where` narrows it further (it may use `alias`); the statement takes the row limit as its last parameter.
 */
export function claimDueSql({ table, alias = 'due', columns, where }: { table: string; alias?: string; columns: string; where?: string }): string {
  return `SELECT ${columns} FROM ${table} AS ${alias}
    WHERE ${alias}.status = 'pending' AND ${alias}.next_attempt_at <= now()${where ? ` AND ${where}` : ''}
    ORDER BY ${alias}.id LIMIT ? FOR UPDATE SKIP LOCKED`
}
