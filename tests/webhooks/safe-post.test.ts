import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { postWebhook } from '../../api/src/webhooks/safe-post'

/** One attempt against real HTTP servers on loopback: deadlines, redirects, Retry-After and the address check. */
describe('a webhook attempt', () => {
  const servers: http.Server[] = []
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
  const serve = async (handler: http.RequestListener, host = '127.0.0.1'): Promise<{ url: string; hits: string[] }> => {
    const hits: string[] = []
    const server = http.createServer((request, response) => {
      hits.push(`${request.method} ${request.url}`)
      handler(request, response)
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    const { port } = server.address() as AddressInfo
    return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/hook`, hits }
  }
  const post = (url: string, options: { allowPrivate?: boolean; timeoutMs?: number } = {}) =>
    postWebhook({ url, body: '{"type":"test.ping"}', headers: { 'webhook-id': 'msg_1' }, allowPrivate: options.allowPrivate ?? true, timeoutMs: options.timeoutMs ?? 5_000 })

  it('succeeds on 2xx and sends the body and headers as given', async () => {
    let received = ''
    const target = await serve((request, response) => {
      request.on('data', (chunk: Buffer) => (received += chunk.toString()))
      request.on('end', () => response.writeHead(202).end())
    })
    expect(await post(target.url)).toEqual({ ok: true, status: 202 })
    expect(received).toBe('{"type":"test.ping"}')
  })

  it('never follows a redirect', async () => {
    const elsewhere = await serve((_request, response) => response.writeHead(204).end())
    const target = await serve((_request, response) => response.writeHead(307, { location: elsewhere.url }).end())
    expect(await post(target.url)).toMatchObject({ ok: false, error: 'redirect', status: 307 })
    expect(elsewhere.hits).toEqual([])
  })

  it('ends an attempt at its deadline, also when the answer never comes', async () => {
    const target = await serve(() => {})
    const started = Date.now()
    expect(await post(target.url, { timeoutMs: 1_000 })).toEqual({ ok: false, error: 'timeout' })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('passes on Retry-After and tells 410 Gone apart', async () => {
    const busy = await serve((_request, response) => response.writeHead(503, { 'retry-after': '120' }).end())
    expect(await post(busy.url)).toMatchObject({ ok: false, error: 'http-status', status: 503, retryAfterMs: 120_000 })
    const gone = await serve((_request, response) => response.writeHead(410).end())
    expect(await post(gone.url)).toMatchObject({ ok: false, error: 'gone', status: 410 })
  })

  it('connects to no internal address unless allowed, whether typed or resolved', async () => {
    const target = await serve((_request, response) => response.writeHead(204).end())
    const port = new URL(target.url).port
    expect(await post(target.url, { allowPrivate: false })).toEqual({ ok: false, error: 'address-refused', detail: 'loopback' })
    expect(await post(`http://localhost:${port}/hook`, { allowPrivate: false })).toEqual({ ok: false, error: 'address-refused', detail: 'loopback' })
    expect(await post(`http://[::ffff:127.0.0.1]:${port}/hook`, { allowPrivate: false })).toEqual({ ok: false, error: 'address-refused', detail: 'loopback' })
    expect(target.hits).toEqual([])
    expect(await post(`http://localhost:${port}/hook`, { allowPrivate: true })).toEqual({ ok: true, status: 204 })
    expect(await post('http://169.254.169.254/latest/meta-data', { allowPrivate: true })).toEqual({ ok: false, error: 'address-refused', detail: 'linkLocal' })
    expect(await post('ftp://127.0.0.1/hook')).toEqual({ ok: false, error: 'invalid-url' })
  })

  it('reports a refused connection and an unknown name by kind', async () => {
    const target = await serve((_request, response) => response.writeHead(204).end())
    servers.splice(0).forEach((server) => server.close())
    expect(await post(target.url)).toEqual({ ok: false, error: 'connection-refused', detail: 'ECONNREFUSED' })
    expect(await post('http://partner.invalid/hook')).toMatchObject({ ok: false, error: 'dns' })
  })
})
