import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { eventBody, signedHeaders } from '../../api/src/webhooks/event'
import { generateSigningSecret } from '../../cms/webhooks/secret'
import { DATA_DIR, ROOT } from '../../runtime/paths'

type Verify = (rawBody: Buffer, headers: Record<string, string>, secret: string) => unknown

/** The README's signature-verification snippet for partners, run as written against the API's own signatures. */
describe("the README's verification snippet", () => {
  const load = async (): Promise<Verify> => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('**Verifying an event**'))
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
    expect(code).toBeDefined()
    mkdirSync(path.join(DATA_DIR, 'tmp'), { recursive: true })
    const file = path.join(DATA_DIR, 'tmp', `readme-verify-${process.pid}.mjs`)
    writeFileSync(file, code!)
    return ((await import(pathToFileURL(file).href)) as { verifyNspmWebhook: Verify }).verifyNspmWebhook
  }
  const event = { deliveryId: 42, documentType: 'ManualStep', documentId: 3, action: 'UPDATED', changeId: '981', changedAt: new Date('2026-12-06T12:00:00Z') }

  it('accepts what the API signs, with the current or the previous secret', async () => {
    const verify = await load()
    const [current, previous] = [generateSigningSecret(), generateSigningSecret()]
    const body = eventBody(event)
    const headers = signedHeaders(event.deliveryId, body, [current, previous])
    for (const secret of [current, previous]) {
      expect(verify(Buffer.from(body), headers, secret)).toEqual({
        type: 'manual_step.updated',
        timestamp: '2026-12-06T12:00:00.000Z',
        data: { type: 'ManualStep', id: '3', action: 'UPDATED', changeId: '981' },
      })
    }
  })

  it('refuses another secret, a changed body, a changed id and an old timestamp', async () => {
    const verify = await load()
    const secret = generateSigningSecret()
    const body = eventBody(event)
    const headers = signedHeaders(event.deliveryId, body, [secret])
    expect(() => verify(Buffer.from(body), headers, generateSigningSecret())).toThrow('no valid webhook signature')
    expect(() => verify(Buffer.from(body.replace('"3"', '"4"')), headers, secret)).toThrow('no valid webhook signature')
    expect(() => verify(Buffer.from(body), { ...headers, 'webhook-id': 'msg_43' }, secret)).toThrow('no valid webhook signature')
    const old = signedHeaders(event.deliveryId, body, [secret], new Date(Date.now() - 10 * 60_000))
    expect(() => verify(Buffer.from(body), old, secret)).toThrow('outside the tolerance')
  })
})
