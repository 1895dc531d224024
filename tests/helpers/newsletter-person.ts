import { randomBytes } from 'node:crypto'
import type { MikroORM } from '@mikro-orm/postgresql'
import { gql, GraphQLClient } from 'graphql-request'
import { inject } from 'vitest'
import { issueToken, type TokenPurpose } from '../../api/src/modules/newsletter/tokens'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from './log-capture'
import { sql } from './sql'

/**
 * A subscriber as the public API sees them, acting on their own subscription: the real API in the test process,
 * without an outbox worker (its mails stay in the outbox, where erasure must find them), and tokens issued as the
 * worker would put them in a mail. Each person subscribes from an address of their own (X-Forwarded-For).
 */
export type NewsletterPerson = { id: number; email: string; token: (purpose: TokenPurpose) => Promise<string> }
export type PublicApi = {
  subscribe: () => Promise<NewsletterPerson>
  request: <T>(document: string, variables: Record<string, unknown>) => Promise<T>
  stop: () => Promise<void>
}

const SUBSCRIBE = gql`
  mutation ($input: SubscribeInput!) {
    subscribeToNewsletter(input: $input) {
      accepted
    }
  }
`

export async function startPublicApi(): Promise<PublicApi> {
  const orm: MikroORM = await createOrm({ databaseUrl: inject('databaseUrl') })
  const server: RunningServer = await createServer({ orm, port: 0, host: '127.0.0.1', trustProxy: true, log: silentLog })
  const client = new GraphQLClient(`http://127.0.0.1:${server.port}/graphql`, { headers: { 'x-forwarded-for': `10.14.${randomBytes(1)[0]}.${randomBytes(1)[0]}` } })
  return {
    subscribe: async () => {
      const email = `person-${randomBytes(5).toString('hex')}@example.org`
      await client.request(SUBSCRIBE, { input: { email, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: '2026-11', source: 'test' } } })
      const [row] = await sql<{ id: number }>('SELECT id FROM newsletter_subscribers WHERE email = $1', [email])
      return { id: row!.id, email, token: (purpose) => issueToken(orm.em.fork(), row!.id, purpose) }
    },
    request: (document, variables) => client.request(document, variables),
    stop: async () => {
      await server.stop()
      await orm.close()
    },
  }
}
