import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'
import { COP_CHECKS, copFinds } from './graphql-cop-checks'

/**
 * graphql-cop's scan of the API as production runs it, with introspection on (deliberately: the schema is
 * published). It used to report Alias Overloading (101 aliases of __typename answered) and Directive Overloading
 * (ten unknown directives, ten errors). Now it must find introspection and nothing else.
 */
describe('graphql-cop against the production API', () => {
  let orm: MikroORM
  let server: RunningServer

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', production: true, introspection: true, log: silentLog })
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })

  it('finds introspection and nothing else', async () => {
    const found: string[] = []
    for (const check of COP_CHECKS) if (await copFinds(check, server.url)) found.push(check.title)
    expect(found).toEqual(['Introspection'])
  })
})
