import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The machine's ceiling: node:http answering every request with a fixed JSON body (Q1's response, read from
 * BENCH_BODY_FILE), nothing else; and every OPTIONS with a 204 and our API's preflight headers, fixed: the ceiling of
 * that answer (P1). Its own process so that its RSS is measurable. Prints `listening <port>`.
 */
const body = readFileSync(process.env.BENCH_BODY_FILE ?? '', 'utf8')
const length = Buffer.byteLength(body)
// Our API's own preflight answer (preflight.ts, preflightHeadersOf), so that both send the same bytes.
const PREFLIGHT_HEADERS = JSON.parse(readFileSync(process.env.BENCH_PREFLIGHT_HEADERS_FILE ?? '', 'utf8')) as Record<string, string>

const server = createServer((request, response) => {
  request.resume()
  request.on('end', () => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS)
      response.end()
    } else {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': length })
      response.end(body)
    }
  })
})
server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`))
process.once('SIGTERM', () => server.close(() => process.exit(0)))
