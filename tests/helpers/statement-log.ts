import pg from 'pg'

/**
 * Every SQL statement the pg driver sends from this process, BEGIN and COMMIT included (MikroORM's own query log
 * misses `em.getKnex().raw`). The driver is patched once per process, so it counts only this process: each test
 * file runs in its own, and the bench's counters are processes of their own.
 */
export type StatementLog = {
  /** The statements since the last `clear()`, as sent. */
  readonly texts: readonly string[]
  readonly count: number
  clear(): void
}

const texts: string[] = []
let installed = false

export function statementLog(): StatementLog {
  if (!installed) {
    installed = true
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this, …)
    const send = pg.Client.prototype.query as (...args: unknown[]) => unknown
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [first] = args
      texts.push(typeof first === 'string' ? first : String((first as { text?: unknown } | undefined)?.text ?? first))
      return send.apply(this, args)
    } as typeof pg.Client.prototype.query
  }
  return {
    get texts() {
      return [...texts]
    },
    get count() {
      return texts.length
    },
    clear: () => void texts.splice(0),
  }
}
