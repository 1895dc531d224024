import 'reflect-metadata'
import { createOrm } from '../../api/src/orm'
import { createServer } from '../../api/src/server'
import { statementLog } from '../helpers/statement-log'
import { operations, subscribeInput, type GraphqlRequest } from './queries'
import { silentLog } from '../helpers/log-capture'

/**
 * Counts the SQL statements each operation sends: the real server in this process on port 0, and every query the
 * pg driver sends recorded at pg.Client#query, BEGIN and COMMIT included. (MikroORM's query log, which
 * tests/api/sql-statements.test.ts counts, misses statements sent through `em.getKnex().raw`, such as search's.)
 * Each operation runs once to warm up and once counted. Run in its own process by the bench:
 * `tsx tests/bench/sql-count.ts rows|all`; prints one JSON line `result {...}`.
 */
export type StatementCount = { total: number; data: number; transaction: number; outbox: number; statements: string[] }

/** The statement on one line. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim()

const mode = process.argv[2] === 'all' ? 'all' : 'rows'
const statements = statementLog()
const orm = await createOrm({ databaseUrl: process.env.DATABASE_URL ?? '', poolMax: 2 })
const server = await createServer({ orm, port: 0, host: '127.0.0.1', trustProxy: true, log: silentLog })

let client = 0
async function count(make: () => GraphqlRequest): Promise<StatementCount> {
  const request1 = async () => {
    client += 1
    const request = make()
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.99.0.${client}` },
      body: JSON.stringify(request),
    })
    const body = (await response.json()) as { errors?: unknown }
    if (!response.ok || body.errors) throw new Error(`${request.query.slice(0, 60)}… failed: ${JSON.stringify(body).slice(0, 300)}`)
  }
  await request1()
  statements.clear()
  await request1()
  const log = statements.texts.map(plain)
  const transaction = log.filter((line) => /^(begin|commit|rollback|savepoint|release)\b/i.test(line)).length
  const outbox = log.filter((line) => /outbox/i.test(line)).length
  return { total: log.length, data: log.length - transaction, transaction, outbox, statements: log.map((line) => line.slice(0, 4000)) }
}

const coordinatorPage = (first: number): GraphqlRequest => ({
  query: `query ($first: Int) { coordinators(first: $first, locale: SV) { totalCount nodes { id title phones { display } languages tasks region { slug } } } }`,
  variables: { first },
})

const results: Record<string, StatementCount> = {}
try {
  const ops = operations({ coordinators: 0, counties: 0, regions: 0, nordCoordinators: 0, publications: 0 })
  for (const op of ops) {
    if (mode === 'rows' && op.id !== 'Q1') continue
    if (op.id === 'M1') {
      const stamp = Date.now().toString(36)
      let n = 0
      results.M1 = await count(() => ({ query: op.api.query, variables: { input: subscribeInput(`sql-${stamp}-${(n += 1)}@example.org`) } }))
    } else {
      results[op.id] = await count(() => op.api)
    }
  }
  for (const first of [7, 50, 100]) results[`coordinators(first: ${first})`] = await count(() => coordinatorPage(first))
  console.log(`result ${JSON.stringify(results)}`)
} finally {
  await server.stop()
  await orm.close()
}
