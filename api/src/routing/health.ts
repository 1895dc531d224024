import type { ServerResponse } from 'node:http'
import type { MikroORM } from '@mikro-orm/postgresql'
import { sendJson } from '../http'

/** `/health/live`: the process answers. */
export const answerLive = (response: ServerResponse): void => sendJson(response, 200, { status: 'ok' })

/** `/health/ready`: the database answers too (503 while it does not), for load balancers. */
export async function answerReady(orm: MikroORM, response: ServerResponse): Promise<void> {
  const ok = await ready(orm)
  sendJson(response, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' })
}

/**
 * Ready means the published snapshot is loaded (the server starts after it) and the database answers: while it is
 * away, reads are still answered from the snapshot, but writes are not, and the snapshot cannot follow changes. A
 * short timeout keeps a load balancer's check from hanging.
 */
async function ready(orm: MikroORM): Promise<boolean> {
  try {
    await Promise.race([orm.em.getConnection().execute('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))])
    return true
  } catch {
    return false
  }
}
