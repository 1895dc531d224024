import net from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from '../../runtime/ports'
import { runCli } from '../helpers/run-cli'

/** An operator who gets the setup wrong reads one sentence that says what to fix, not a stack trace. */
describe('clear errors at start-up', () => {
  let blocker: net.Server
  let takenPort: number

  beforeAll(async () => {
    // Something else holding a port: it accepts and hangs up at once.
    blocker = net.createServer((socket) => socket.destroy())
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    takenPort = (blocker.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())))

  const expectClearError = (stderr: string, sentence: RegExp) => {
    expect(stderr).toMatch(sentence)
    expect(stderr).not.toMatch(/^\s+at /m)
  }

  it('names the unreachable database without its password', async () => {
    const nobodyListens = await freePort()
    const result = await runCli('runtime/migrate.ts', { DATABASE_URL: `postgres://nspm:hunter2-secret@127.0.0.1:${nobodyListens}/nspm` }, 60_000)
    expect(result.code).toBe(1)
    expectClearError(result.stderr, new RegExp(`Cannot reach the PostgreSQL database at 127\\.0\\.0\\.1:${nobodyListens}/nspm \\(ECONNREFUSED\\)`))
    expect(result.stderr + result.stdout).not.toContain('hunter2')
  })

  it('says which port is taken when the CMS port is in use', async () => {
    const result = await runCli('runtime/start.ts', { CMS_PORT: String(takenPort), DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused' }, 60_000)
    expect(result.code).toBe(1)
    expectClearError(result.stderr, new RegExp(`Port ${takenPort} for the CMS is already in use`))
  })

  it('says which port is taken when the API port is in use', async () => {
    const result = await runCli(
      'api/src/index.ts',
      { DATABASE_URL: inject('databaseUrl'), API_PORT: String(takenPort), API_HOST: '127.0.0.1', API_OUTBOX_WORKER: 'false', API_WEBHOOK_WORKER: 'false' },
      120_000,
    )
    expect(result.code).toBe(1)
    // The API logs JSON lines on stdout: the sentence is the fatal line's message.
    expectClearError(result.stdout + result.stderr, new RegExp(`Port ${takenPort} for the API is already in use`))
  })

  it('says which port is taken when the embedded database port is in use', async () => {
    const result = await runCli('runtime/migrate.ts', { DATABASE_URL: '', EMBEDDED_POSTGRES_PORT: String(takenPort) }, 60_000)
    expect(result.code).toBe(1)
    expectClearError(result.stderr, new RegExp(`Port ${takenPort} for the embedded PostgreSQL is already in use`))
  })

  it('rejects an invalid environment with the variable name', async () => {
    const result = await runCli('runtime/migrate.ts', { DATABASE_URL: 'not a url' }, 60_000)
    expect(result.code).toBe(1)
    expectClearError(result.stderr, /The environment is invalid: DATABASE_URL/)
  })
})
