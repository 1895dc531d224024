import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECK_TABLES } from '../../contracts/coordinator-checks'
import { coordinatorToCheck, insertCheck } from '../helpers/coordinator-checks'
import { sql } from '../helpers/sql'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'

const COORDINATORS = gql`
  query {
    coordinators(regionSlug: "vast", first: 100) {
      nodes {
        id
        lastVerifiedAt
        verificationStatus
      }
    }
  }
`
type Nodes = { coordinators: { nodes: { id: string; lastVerifiedAt: string | null; verificationStatus: string }[] } }

/** `Coordinator.verificationStatus` from the published verification and the newest check, as the CMS leaves them. */
describe('Coordinator.verificationStatus', () => {
  let api: IntakeApi
  let coordinator: Awaited<ReturnType<typeof coordinatorToCheck>>
  const status = async () => {
    // A server without a response cache (startIntakeApi): each answer is read now.
    const { coordinators } = await api.client({ 'x-forwarded-for': '10.15.1.1' }).request<Nodes>(COORDINATORS)
    return coordinators.nodes.find((node) => node.id === String(coordinator.id))?.verificationStatus
  }
  // As the CMS's cycle does after moving a check on (cms/coordinators/cycle.ts): the API's snapshot follows it.
  const notify = () => sql(`SELECT pg_notify('nspm_content_changed', 'coordinator-checks')`)
  const setCheck = async (id: number, value: string) => {
    await sql(`UPDATE ${CHECK_TABLES.checks} SET status = $2 WHERE id = $1`, [id, value])
    await notify()
  }
  /** The status once the snapshot has followed the change (the change log's or the checks' notification). */
  const becomes = (expected: string) => expect.poll(status, { timeout: 5_000, interval: 50 }).toBe(expected)

  beforeAll(async () => {
    // No email kinds of its own: this file sends nothing.
    api = await startIntakeApi({ kinds: ['none-in-this-file'] })
    coordinator = await coordinatorToCheck()
  })
  afterAll(() => api?.stop())

  it('follows the newest check sent since the last verification: UNCONFIRMED, AWAITING_CONFIRMATION, OVERDUE, CONFIRMED', async () => {
    await sql(`DELETE FROM ${CHECK_TABLES.checks} WHERE coordinator_id = $1`, [coordinator.id])
    await notify()
    await sql('UPDATE coordinators SET last_verified_at = NULL WHERE id = $1', [coordinator.id])
    await becomes('UNCONFIRMED')

    const checkId = await insertCheck(coordinator, { status: 'sent' })
    await notify()
    await becomes('AWAITING_CONFIRMATION')
    await setCheck(checkId, 'reminded')
    await becomes('AWAITING_CONFIRMATION')
    await setCheck(checkId, 'escalated')
    await becomes('OVERDUE')
    await setCheck(checkId, 'expired')
    await becomes('OVERDUE')

    // A change sent: awaits an editor. Once it is published (accepting it carries the coordinator's verification),
    // the check is older than the verification and no longer counts.
    await setCheck(checkId, 'changed')
    await becomes('AWAITING_CONFIRMATION')
    await sql("UPDATE coordinators SET last_verified_at = now() + interval '1 second' WHERE id = $1", [coordinator.id])
    await becomes('CONFIRMED')

    // Confirmed long ago, and asked again when the CMS found it due: the newer check decides.
    await sql("UPDATE coordinators SET last_verified_at = now() - interval '4 months' WHERE id = $1", [coordinator.id])
    await becomes('AWAITING_CONFIRMATION')
    await sql(`DELETE FROM ${CHECK_TABLES.checks} WHERE coordinator_id = $1`, [coordinator.id])
    await notify()
    await becomes('CONFIRMED')
  })
})
