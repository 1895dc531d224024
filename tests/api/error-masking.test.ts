import { randomBytes } from 'node:crypto'
import { ClientError, GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSafely } from '../../api/src/common/errors'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { captureLog } from '../helpers/log-capture'
import { sql } from '../helpers/sql'

/** An unexpected failure reaches the client as a generic message with an error id that the log also has. */
describe('error masking', () => {
  let server: RunningServer
  const { log, lines: logged } = captureLog()

  beforeAll(async () => {
    const orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log })
    // The database connection goes away: every resolver that reads now fails in an unplanned way.
    await orm.close(true)
  })
  afterAll(() => server.stop())

  it('masks the failure, names it by id, and logs the id without the message', async () => {
    let error: ClientError | undefined
    try {
      // The change feed reads SQL on every request (published content would come from the snapshot).
      await new GraphQLClient(server.url).request(gql`
        {
          changes(first: 1) {
            nodes {
              id
            }
          }
        }
      `)
    } catch (caught) {
      error = caught as ClientError
    }
    const first = error?.response.errors?.[0]
    expect(first?.message).toBe('Internal server error')
    expect(first?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
    const errorId = String(first?.extensions?.errorId)
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/)
    expect(JSON.stringify(error?.response)).not.toMatch(/pool|knex|at \w+ \(/i)
    const line = logged.find((entry) => entry.includes(errorId))
    expect(line).toBeDefined()
    expect(JSON.parse(line!)).toMatchObject({ level: 'error', errorId })
  })

  it('keeps known client errors as they are', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { nope } }' }) })
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] }
    expect(response.status).toBe(400)
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })
})

/**
 * A database error whose text holds the caller's email address, as a constraint's or a trigger's message can: the
 * client gets no more than a code and an id, and the server's log (read here line by line) has the id, not the
 * address nor the message.
 */
describe('a database error holding an email address', () => {
  const run = randomBytes(4).toString('hex')
  const email = `masking-probe-${run}@example.org`
  const probe = `masking_probe_${run}`
  const { log, lines: logged } = captureLog()
  let server: RunningServer
  let close: () => Promise<void>

  beforeAll(async () => {
    const orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log })
    close = () => orm.close()
    // Refuses this one address only (other files subscribe meanwhile), with the address in message, detail and hint,
    // over two lines as PostgreSQL's own messages sometimes are.
    await sql(`CREATE FUNCTION ${probe}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.email = '${email}' THEN
        RAISE EXCEPTION E'cannot store %\\nfor %', NEW.email, NEW.email USING DETAIL = 'Key (email)=(' || NEW.email || ')', HINT = NEW.email;
      END IF;
      RETURN NEW;
    END $$`)
    await sql(`CREATE TRIGGER ${probe} BEFORE INSERT OR UPDATE ON newsletter_subscribers FOR EACH ROW EXECUTE FUNCTION ${probe}()`)
  })
  afterAll(async () => {
    await sql(`DROP TRIGGER IF EXISTS ${probe} ON newsletter_subscribers`)
    await sql(`DROP FUNCTION IF EXISTS ${probe}()`)
    await server?.stop()
    await close?.()
  })

  it("masks a database error holding the caller's email address: the client gets a code and an id, the log the id and not the address", async () => {
    // The error the API will meet does hold the address.
    await expect(sql("INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ($1, 'pending', 'sv', now(), now())", [email])).rejects.toThrow(
      email,
    )

    const input = { email, topics: ['NEWS'], consent: { given: true, textVersion: '2026-11' } }
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }', variables: { input } }),
    })
    const text = await response.text()
    const body = JSON.parse(text) as { errors?: { message: string; extensions: Record<string, unknown> }[] }
    expect(body.errors).toHaveLength(1)
    const [error] = body.errors!
    expect(error?.message).toBe('Internal server error')
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/), requestId: response.headers.get('x-request-id') })
    expect(text).not.toContain(`masking-probe-${run}`)

    const errorId = String(error?.extensions.errorId)
    const line = logged.find((entry) => entry.includes(errorId))
    expect(line, logged.join('\n')).toBeDefined()
    // The trigger's error (SQLSTATE P0001, raise_exception) is the one logged: the probe did fire.
    expect(JSON.parse(line!)).toMatchObject({ level: 'error', errorId, sqlState: 'P0001' })
    // Neither the address, nor PostgreSQL's message, nor the statement that MikroORM's message carries.
    expect(logged.filter((entry) => entry.includes(`masking-probe-${run}`) || /cannot store|INSERT INTO|newsletter_subscribers/.test(entry))).toEqual([])
    expect((JSON.parse(line!) as { frames: string[] }).frames.every((frame) => frame.startsWith('at '))).toBe(true)
  })

  it('logs stack frames only, never a line of a message that runs over several lines', () => {
    const error = new Error('cannot store alice@example.org\nDETAIL: alice@example.org\n    at alice@example.org (forged)')
    const { frames } = describeSafely(error) as { frames: string[] }
    expect(frames.length).toBeGreaterThan(0)
    expect(frames.join('\n')).not.toContain('alice@')
    // A message changed after the stack was taken (as drivers add the statement) leaves the stack's own lines.
    error.message = 'INSERT INTO t VALUES (alice@example.org) - cannot store'
    expect((describeSafely(error) as { frames: string[] }).frames.join('\n')).not.toContain('alice@')
  })
})
