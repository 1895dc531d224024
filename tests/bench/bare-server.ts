import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The machine's ceiling: node:http answering every request with a fixed JSON body (Q1's response, read from
 * BENCH_BODY_FILE), nothing else. Its own process so that its RSS is measurable. Prints `listening <port>`.
 */
const body = readFileSync(process.env.BENCH_BODY_FILE ?? '', 'utf8')
const length = Buffer.byteLength(body)

const server = createServer((request, response) => {
  request.resume()
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': length })
    response.end(body)
  })
})
server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`))
process.once('SIGTERM', () => server.close(() => process.exit(0)))
