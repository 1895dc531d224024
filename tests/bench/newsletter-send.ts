import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NEWSLETTER_CHANNEL } from '../../contracts/channels'
import { NEWSLETTER_SENDS_TABLE } from '../../contracts/newsletter-issues'
import { startApi } from '../../runtime/api-server'
import { ensureCmsBuild } from '../../runtime/build'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import { runMain, StartupError } from '../../runtime/errors'
import { DATA_DIR, ROOT } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { SmtpSink } from '../helpers/smtp-sink'
import { dropDatabase, withClient } from '../helpers/test-database'
import { createBenchDatabase } from './database'
import { newsletterIssue, SUBSCRIBERS, addSyntheticSubscribers } from './newsletter-data'
import { serverMemory } from './processes'

const MEMORY_LIMIT_MB = 256
const log = (line: string) => console.log(`[bench:newsletter] ${line}`)

/**
 * `npm run bench:newsletter`: one issue to 20,000 synthetic confirmed subscribers through the real API process
 * (NEWSLETTER_SEND_RATE=0, its bundle and production settings) into the in-process SMTP server, with the CMS
 * running beside it. Reports the time to freeze the recipients, messages per second, the API's and the CMS's
 * resident memory sampled through the run, and duplicates; exits 1 when a target is missed.
 */
runMain(
  async () => {
    const dir = path.join(DATA_DIR, 'bench')
    mkdirSync(dir, { recursive: true })
    const db = await createBenchDatabase(log)
    const sink = await new SmtpSink({ envelopesOnly: true }).start()
    const servers: ChildServer[] = []
    const apiLines: string[] = []
    let cleaning: Promise<void> | null = null
    const cleanup = () =>
      (cleaning ??= (async () => {
        for (const server of servers.reverse()) await server.stop().catch(() => {})
        await sink.stop()
        await dropDatabase(db.server.url, db.url).catch(() => {})
        await db.server.stop()
      })())
    // Ctrl+C stops the servers and the embedded PostgreSQL instead of leaving them running.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)))
    try {
      const adding = Date.now()
      await addSyntheticSubscribers(db.url)
      log(`${SUBSCRIBERS} confirmed subscribers added in ${Math.round((Date.now() - adding) / 1000)} s; starting the CMS and the API…`)
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PAYLOAD_SECRET: db.secret }
      await ensureCmsBuild(env, log)
      const cmsPort = await freePort()
      const cms = await startCms({ port: cmsPort, env: { ...env, CMS_PUBLIC_URL: `http://localhost:${cmsPort}` }, output: () => {} })
      servers.push(cms)
      const apiPort = await freePort()
      const api = await startApi({
        port: apiPort,
        env: {
          ...env,
          NODE_ENV: 'production',
          API_HOST: '127.0.0.1',
          API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
          SMTP_URL: sink.url,
          API_OUTBOX_WORKER: 'true',
          API_WEBHOOK_WORKER: 'false',
          NEWSLETTER_SEND_RATE: '0',
        },
        output: (line) => apiLines.push(line),
      })
      servers.push(api)

      const peaks = { api: 0, cms: 0 }
      const sample = () => {
        peaks.api = Math.max(peaks.api, serverMemory(api.process.pid)?.rssMb ?? 0)
        peaks.cms = Math.max(peaks.cms, serverMemory(cms.process.pid)?.rssMb ?? 0)
      }
      sample()
      const before = { ...peaks }
      const sampler = setInterval(sample, 250)
      const sendId = await withClient(db.url, async (client) => {
        await client.query('BEGIN')
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO ${NEWSLETTER_SENDS_TABLE} (issue_id, slug, language, topics, rendered, state, scheduled_at)
           VALUES (1, 'bench-issue', 'both', '{news}', $1, 'scheduled', now()) RETURNING id`,
          [JSON.stringify(newsletterIssue())],
        )
        await client.query('SELECT pg_notify($1, $2)', [NEWSLETTER_CHANNEL, String(rows[0]!.id)])
        await client.query('COMMIT')
        return rows[0]!.id
      })
      log(`send ${sendId} scheduled; sending…`)
      type Finished = { state: string; recipients: number; seconds: number; sent: number }
      let finished: Finished | undefined
      while (!finished) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        finished = await withClient(db.url, async (client) => {
          const { rows } = await client.query<Finished>(
            `SELECT state, recipients, extract(epoch FROM finished_at - started_at)::float8 AS seconds,
               (SELECT count(*)::int FROM nspm_api.newsletter_deliveries WHERE send_id = s.id AND status = 'sent') AS sent
             FROM ${NEWSLETTER_SENDS_TABLE} s WHERE id = $1 AND state IN ('sent', 'failed')`,
            [sendId],
          )
          return rows[0]
        })
      }
      clearInterval(sampler)
      sample()

      const started = apiLines.map(parse).find((line) => line?.msg === 'newsletter send started')
      const counts = sink.countsByRecipient()
      const received = [...counts.values()].reduce((sum, count) => sum + count, 0)
      const duplicates = received - counts.size
      const perSecond = finished.sent / finished.seconds
      const checks = [
        { name: 'every subscriber received the issue', value: `${counts.size} of ${SUBSCRIBERS}`, pass: counts.size === SUBSCRIBERS && finished.state === 'sent' },
        { name: 'duplicates at the SMTP server', value: String(duplicates), pass: duplicates === 0 },
        { name: `API peak RSS ≤ ${MEMORY_LIMIT_MB} MB`, value: `${Math.round(peaks.api)} MB (${Math.round(before.api)} before)`, pass: peaks.api <= MEMORY_LIMIT_MB },
        { name: `CMS peak RSS ≤ ${MEMORY_LIMIT_MB} MB`, value: `${Math.round(peaks.cms)} MB (${Math.round(before.cms)} before)`, pass: peaks.cms <= MEMORY_LIMIT_MB },
      ]
      const report = {
        at: new Date().toISOString(),
        commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
        machine: { cpus: os.cpus().length, node: process.version },
        subscribers: SUBSCRIBERS,
        freezeMs: Number(started?.freezeMs ?? NaN),
        sendSeconds: Math.round(finished.seconds * 10) / 10,
        messagesPerSecond: Math.round(perSecond),
        checks,
      }
      writeFileSync(path.join(dir, 'newsletter.json'), `${JSON.stringify(report, null, 2)}\n`)
      log(`froze ${finished.recipients} recipients in ${report.freezeMs} ms; sent ${finished.sent} in ${report.sendSeconds} s (${report.messagesPerSecond} messages/s)`)
      for (const check of checks) log(`${check.pass ? 'ok  ' : 'MISS'} ${check.name}: ${check.value}`)
      const missed = checks.filter((check) => !check.pass)
      if (missed.length > 0) throw new StartupError(`missed: ${missed.map((check) => check.name).join('; ')}`)
    } finally {
      await cleanup()
    }
  },
  { exitWhenDone: true },
)

function parse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return undefined
  }
}
