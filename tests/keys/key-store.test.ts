import { describe, expect, it } from 'vitest'
import { KeyStore, type KnownKey } from '../../api/src/keys/key-store'

const active = (keyId: number): KnownKey => ({
  state: 'active',
  keyId,
  caller: {
    id: `key:${keyId}`,
    policies: { orders: { name: 'orders', quota: 10, windowSeconds: 3600 }, subscriptions: { name: 'subscriptions', quota: 20, windowSeconds: 3600 } },
  },
})

/** A read the test finishes when it wants, to order it against a change notification. */
function controlledReads() {
  const pending: { hash: string; finish: (key: KnownKey) => void }[] = []
  const read = (hash: string) => new Promise<KnownKey>((resolve) => pending.push({ hash, finish: resolve }))
  return { pending, read }
}

describe('the key store (keys by hash, in memory)', () => {
  it('reads a key once for concurrent requests, then answers from memory', async () => {
    const reads = controlledReads()
    const store = new KeyStore(reads.read)
    const first = store.lookup('h1')
    const second = store.lookup('h1')
    expect(reads.pending).toHaveLength(1)
    reads.pending[0]!.finish(active(1))
    expect(await first).toBe(await second)
    expect(store.lookup('h1')).toEqual(active(1))
    expect(reads.pending).toHaveLength(1)
  })

  it('forgets on a change, and never keeps or shares a read that started before it', async () => {
    const reads = controlledReads()
    const store = new KeyStore(reads.read)
    const before = store.lookup('h2')
    store.forget()
    // A request after the change does not join the read from before it.
    const after = store.lookup('h2')
    expect(reads.pending).toHaveLength(2)
    reads.pending[0]!.finish(active(2))
    reads.pending[1]!.finish({ state: 'revoked', keyId: 2 })
    expect(await before).toEqual(active(2))
    expect(await after).toEqual({ state: 'revoked', keyId: 2 })
    expect(await store.lookup('h2')).toEqual({ state: 'revoked', keyId: 2 })
    expect(reads.pending).toHaveLength(2)
  })

  it('reads again after its time to live, and lets a failed read fail', async () => {
    let reads = 0
    const store = new KeyStore(async () => {
      reads += 1
      if (reads === 3) throw new Error('database away')
      return { state: 'unknown' }
    }, 50)
    await store.lookup('h3')
    await store.lookup('h3')
    expect(reads).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 80))
    await store.lookup('h3')
    expect(reads).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 80))
    await expect(store.lookup('h3')).rejects.toThrow('database away')
    expect(await store.lookup('h3')).toEqual({ state: 'unknown' })
  })
})
