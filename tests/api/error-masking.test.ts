import { ClientError, GraphQLClient, gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { captureLog } from '../helpers/log-capture'

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
      await new GraphQLClient(server.url).request(gql`{ regions { name } }`)
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
