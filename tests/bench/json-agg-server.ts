import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { Q1_JSON_AGG_SQL } from './json-agg-sql'

/**
 * The hand-written endpoint: every request runs Q1_JSON_AGG_SQL, one statement, and sends PostgreSQL's text as
 * the body. A pool of 10 like the API's default (API_POOL_MAX). Prints `listening <port>`.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_POOL_MAX ?? 10) })

const server = createServer((request, response) => {
  request.resume()
  request.on('end', () => {
    pool.query<{ body: string }>({ name: 'q1', text: Q1_JSON_AGG_SQL }).then(
      ({ rows }) => {
        const body = rows[0]?.body ?? '{}'
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
        response.end(body)
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error))
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end('{"errors":[{"message":"query failed"}]}')
      },
    )
  })
})
server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`))
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))))
