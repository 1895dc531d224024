import os from 'node:os'
import path from 'node:path'
import { runMain, StartupError } from '../../runtime/errors'
import { DATA_DIR } from '../../runtime/paths'
import { dropDatabase } from '../helpers/test-database'
import { withClient } from '../helpers/test-database'
import { createBenchDatabase } from './database'
import { addCoordinators, addPublications, countPublished } from './enlarge'
import { parseOptions } from './options'
import { preflightHeadersOf, verifyPreflights } from './preflight'
import { serverMemory } from './processes'
import { operations, type Expected } from './queries'
import { enlargedRatios, readRatios, throughputChecks } from './checks'
import { failureOf, printReport, rowReports, writeReport, type Report } from './report'
import { loadSeconds, runRounds } from './run'
import type { StatementCount } from './sql-count'
import { measureStartup } from './startup'
import { countStatements, statementChecks } from './statements'
import { startProductServers, startReferenceServers, TARGET_LABELS, type Target, type TargetId } from './targets'
import { fetchVerified, verifyCells } from './verify'

/** Synthetic enlargement: 500 coordinators on top of the seed's 7 (counted at 7, 50 and 507) and 2,000 publications. */
const SYNTHETIC = { coordinators: 500, firstStep: 50, publications: 2000 }

type Published = Awaited<ReturnType<typeof countPublished>>
const expectedOf = (counts: Published): Expected => ({
  coordinators: counts.coordinators,
  counties: counts.counties,
  regions: counts.regions,
  nordCoordinators: counts.nord,
  publications: counts.publications,
})
const dataOf = ({ coordinators, publications, regions, counties }: Published) => ({ coordinators, publications, regions, counties })

/**
 * `npm run bench`: see the Benchmark section of the README. One database, measured twice: as seeded, then enlarged
 * in place (the CMS keeps running, the API processes restart), so that both data sets share one CMS start.
 */
runMain(
  async () => {
    const options = parseOptions(process.argv.slice(2))
    const dir = path.join(DATA_DIR, 'bench')
    const log = (line: string) => console.log(`[bench] ${line}`)
    const startedAt = new Date().toISOString()
    const db = await createBenchDatabase(log)
    const stops: (() => Promise<void>)[] = []
    let cleaning: Promise<void> | null = null
    const cleanup = () =>
      (cleaning ??= (async () => {
        for (const stop of stops.reverse()) await stop().catch(() => {})
        if (!options.keepDatabase) await dropDatabase(db.server.url, db.url).catch(() => {})
        await db.server.stop()
      })())
    // Ctrl+C stops the servers and the embedded PostgreSQL instead of leaving them running.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)))
    try {
      const byCoordinators: Record<string, Record<string, StatementCount>> = {}
      const seeded = await withClient(db.url, countPublished)
      byCoordinators[seeded.coordinators] = await countStatements(db.url, 'rows')

      log(`API start-up time, ${options.startupSamples} spawns…`)
      const startupMs = await measureStartup(db.url, options.startupSamples)

      log('starting the CMS (building the admin first if needed) and the API…')
      const product = await startProductServers(db, dir, log)
      stops.push(product.stop)
      const local = (url: string) => url.replace('//localhost:', '//127.0.0.1:')
      const target = (id: TargetId, url: string | null, pid: number | undefined, unavailable?: string): [TargetId, Target] => [
        id,
        { id, label: TARGET_LABELS[id], url: url && local(url), pid, unavailable },
      ]

      // The seeded data first, as `npm start` leaves it: the reads on our API, uncached, and on Payload.
      log(`seeded data: ${seeded.coordinators} coordinators, ${seeded.publications} publications`)
      const seededTargets = new Map<TargetId, Target>([
        target('api', product.api.url, product.api.process.pid),
        target('payload', `${product.cms.url}/api/graphql`, product.cms.process.pid),
      ])
      const seededCells = await verifyCells(
        operations(expectedOf(seeded)).filter((op) => !op.mutation),
        seededTargets,
      )
      log(`verified the reads on the seeded data; measuring ${seededCells.filter((cell) => cell.spec).length} rows…`)
      const seededRows = await runRounds(seededCells, options, db.url, log)

      const data = await withClient(db.url, async (client) => {
        await addCoordinators(client, SYNTHETIC.firstStep - seeded.coordinators)
        byCoordinators[SYNTHETIC.firstStep] = await countStatements(db.url, 'rows')
        await addCoordinators(client, SYNTHETIC.coordinators - (SYNTHETIC.firstStep - seeded.coordinators))
        await addPublications(client, SYNTHETIC.publications)
        return countPublished(client)
      })
      byCoordinators[data.coordinators] = await countStatements(db.url, 'rows')
      const statementCounts = await countStatements(db.url, 'all')
      log(`enlarged: ${data.coordinators} coordinators (${data.nord} in region Nord), ${data.publications} publications`)
      // The rows were written with SQL, past the CMS's NOTIFY: new API processes, so that no cache or in-memory state
      // of theirs holds the seeded data. The CMS reads the database for every request and keeps running.
      log('restarting the API processes on the enlarged data…')
      await product.restartApis()

      const ops = operations(expectedOf(data))
      const q1 = ops.find((op) => op.id === 'Q1')
      if (!q1) throw new Error('Q1 is missing from the operations')
      const apiQ1 = await fetchVerified(local(product.api.url), JSON.stringify(q1.api), {}, q1.apiCheck, 'Q1 on our API')
      const reference = await startReferenceServers(db, dir, apiQ1.text, await preflightHeadersOf(local(product.api.url)), log)
      stops.push(reference.stop)

      const targets = new Map<TargetId, Target>([
        target('bare', reference.bare.url, reference.bare.process.pid),
        target('api', product.api.url, product.api.process.pid),
        product.cached ? target('api-cached', product.cached.url, product.cached.process.pid) : target('api-cached', null, undefined, 'not available yet'),
        target('payload', `${product.cms.url}/api/graphql`, product.cms.process.pid),
        target('json_agg', reference.jsonAgg.url, reference.jsonAgg.process.pid),
      ])
      const cells = [...(await verifyCells(ops, targets, apiQ1)), ...(await verifyPreflights(targets))]
      log(`verified every operation on every target; measuring ${cells.filter((cell) => cell.spec).length} rows…`)
      const rows = await runRounds(cells, options, db.url, log)

      const apiPid = product.api.process.pid
      const apiSeconds = Math.round(loadSeconds(rows, 'api'))
      const apiNow = serverMemory(apiPid)
      const seededReports = rowReports(seededRows, 'seeded')
      const reports = rowReports(rows, 'enlarged')
      const statements = { byCoordinators, operations: statementCounts }
      const sorted = [...startupMs].sort((a, b) => a - b)
      const middle = Math.floor(sorted.length / 2)
      const medianMs = sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
      const rss = apiNow ? Math.round(apiNow.rssMb) : null
      const report: Report = {
        startedAt,
        finishedAt: new Date().toISOString(),
        machine: { cpus: os.cpus().length, node: process.version, loadAverageAtEnd: os.loadavg() },
        options: { ...options },
        data: { seeded: dataOf(seeded), enlarged: dataOf(data) },
        rows: [...seededReports, ...reports],
        ratios: [...readRatios('seeded', seededReports), ...readRatios('enlarged', reports), ...enlargedRatios(reports)],
        throughput: throughputChecks(seededReports),
        statements: { ...statements, checks: statementChecks(statements) },
        startup: {
          samplesMs: startupMs.map(Math.round),
          medianMs: Math.round(medianMs),
          check: {
            name: `API ready after spawn (median of ${startupMs.map(Math.round).join(', ')} ms)`,
            value: `${Math.round(medianMs)} ms`,
            target: '≤ 1500 ms',
            pass: medianMs <= 1500,
          },
        },
        apiMemory: {
          peakMb: apiNow ? Math.round(apiNow.peakMb) : null,
          rssAfterLoadMb: rss,
          loadSeconds: apiSeconds,
          check: {
            name: `API RSS after ${apiSeconds} s of load on the enlarged data (peak ${apiNow ? Math.round(apiNow.peakMb) : '?'} MB)`,
            value: `${rss ?? '?'} MB`,
            target: '≤ 256 MB',
            pass: rss === null || apiSeconds < 60 ? null : rss <= 256,
          },
        },
        valid: [...seededReports, ...reports].every((row) => !row.figures || row.figures.valid),
      }
      printReport(report, console.log)
      log(`results written to ${path.relative(process.cwd(), writeReport(report, dir))}`)
      // A missed target fails the command (exit 1), as an invalid row does; the figures are written either way.
      const failure = failureOf(report)
      if (failure) throw new StartupError(failure)
    } finally {
      await cleanup()
    }
  },
  { exitWhenDone: true },
)
