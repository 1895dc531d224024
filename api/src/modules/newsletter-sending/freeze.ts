import type { EntityManager } from '@mikro-orm/postgresql'
import { NEWSLETTER_CHANNEL } from '../../../../contracts/channels'
import { eligibleSubscriberSql, NEWSLETTER_DELIVERIES_TABLE, NEWSLETTER_SENDS_TABLE } from '../../../../contracts/newsletter-issues'

export type StartedSend = { sendId: number; recipients: number; freezeMs: number }

/**
 * Starts the oldest due send, in one transaction: its row locked (another replica racing for it skips it), its
 * recipients frozen (one delivery per eligible subscriber, each once by the unique key), and its state `sending`.
 * The delivery's language follows deliveryLocale() (contracts/newsletter-issues.ts), written as SQL so that the
 * freeze is one INSERT … SELECT; tests/newsletter checks that the two agree. A send nobody is eligible for starts
 * all the same and is finished as `sent` to 0 by the same step that finishes the others: the issue was published,
 * nothing failed. `next_slot_at` starts now, so the throttle counts from the start.
 */
export function startDueSend(em: EntityManager): Promise<StartedSend | null> {
  return em.transactional(async (tx) => {
    const [due] = await tx.execute<{ id: number }[]>(
      `SELECT id FROM ${NEWSLETTER_SENDS_TABLE} WHERE state = 'scheduled' AND scheduled_at <= now() ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    )
    if (!due) return null
    const started = performance.now()
    await tx.execute(
      `INSERT INTO ${NEWSLETTER_DELIVERIES_TABLE} (send_id, subscriber_id, locale)
       SELECT send.id, s.id, CASE WHEN send.language = 'both' THEN s.locale::text ELSE send.language END
       FROM ${NEWSLETTER_SENDS_TABLE} send, newsletter_subscribers s
       WHERE send.id = ? AND ${eligibleSubscriberSql('s', 'send.topics')}
       ON CONFLICT (send_id, subscriber_id) DO NOTHING`,
      [due.id],
      'run',
    )
    const [send] = await tx.execute<{ recipients: number }[]>(
      `UPDATE ${NEWSLETTER_SENDS_TABLE} SET state = 'sending', started_at = now(), next_slot_at = now(), updated_at = now(),
         recipients = (SELECT count(*)::int FROM ${NEWSLETTER_DELIVERIES_TABLE} WHERE send_id = ?)
       WHERE id = ? RETURNING recipients`,
      [due.id, due.id],
    )
    await tx.execute('SELECT pg_notify(?, ?)', [NEWSLETTER_CHANNEL, String(due.id)])
    return { sendId: due.id, recipients: send?.recipients ?? 0, freezeMs: Math.round(performance.now() - started) }
  })
}
