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
import { failureOf, printReport, ratioCheck, rowReports, writeReport, type Report } from './report'
import { loadSeconds, runRounds } from './run'
import type { StatementCount } from './sql-count'
import { measureStartup } from './startup'
import { countStatements, statementChecks } from './statements'
import { startProductServers, startReferenceServers, TARGET_LABELS, type Target, type TargetId } from './targets'
import { fetchVerified, verifyCells } from './verify'

/** Synthetic enlargement: 500 coordinators on top of the seed's 7 (counted at 7, 50 and 507) and 2,000 publications. */
const SYNTHETIC = { coordinators: 500, firstStep: 50, publications: 2000 }

/** `npm run bench`: see the Benchmark section of the README. */
runMain(async () => {
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
    const data = await withClient(db.url, async (client) => {
      const seeded = (await countPublished(client)).coordinators
      byCoordinators[seeded] = await countStatements(db.url, 'rows')
      await addCoordinators(client, SYNTHETIC.firstStep - seeded)
      byCoordinators[SYNTHETIC.firstStep] = await countStatements(db.url, 'rows')
      await addCoordinators(client, SYNTHETIC.coordinators - (SYNTHETIC.firstStep - seeded))
      await addPublications(client, SYNTHETIC.publications)
      return countPublished(client)
    })
    byCoordinators[data.coordinators] = await countStatements(db.url, 'rows')
    const statementCounts = await countStatements(db.url, 'all')
    log(`enlarged: ${data.coordinators} coordinators (${data.nord} in region Nord), ${data.publications} publications`)

    log(`API start-up time, ${options.startupSamples} spawns…`)
    const startupMs = await measureStartup(db.url, options.startupSamples)

    log('starting the CMS (building the admin first if needed) and the API…')
    const product = await startProductServers(db, dir, log)
    stops.push(product.stop)
    const expected: Expected = { coordinators: data.coordinators, counties: data.counties, regions: data.regions, nordCoordinators: data.nord }
    const ops = operations(expected)
    const local = (url: string) => url.replace('//localhost:', '//127.0.0.1:')
    const q1 = ops.find((op) => op.id === 'Q1')
    if (!q1) throw new Error('Q1 is missing from the operations')
    const apiQ1 = await fetchVerified(local(product.api.url), JSON.stringify(q1.api), {}, q1.apiCheck, 'Q1 on our API')
    const reference = await startReferenceServers(db, dir, apiQ1.text, await preflightHeadersOf(local(product.api.url)), log)
    stops.push(reference.stop)

    const target = (id: TargetId, url: string | null, pid: number | undefined, unavailable?: string): [TargetId, Target] => [id, { id, label: TARGET_LABELS[id], url: url && local(url), pid, unavailable }]
    const targets = new Map<TargetId, Target>([
      target('bare', reference.bare.url, reference.bare.process.pid),
      target('api', product.api.url, product.api.process.pid),
      product.cached
        ? target('api-cached', product.cached.url, product.cached.process.pid)
        : target('api-cached', null, undefined, 'not available yet'),
      target('payload', `${product.cms.url}/api/graphql`, product.cms.process.pid),
      target('json_agg', reference.jsonAgg.url, reference.jsonAgg.process.pid),
    ])
    const cells = [...(await verifyCells(ops, targets, apiQ1)), ...(await verifyPreflights(targets))]
    log(`verified every operation on every target; measuring ${cells.filter((cell) => cell.spec).length} rows…`)
    const rows = await runRounds(cells, options, db.url, log)

    const apiPid = product.api.process.pid
    const apiSeconds = Math.round(loadSeconds(rows, 'api'))
    const apiNow = serverMemory(apiPid)
    const reports = rowReports(rows)
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
      data: { coordinators: data.coordinators, publications: data.publications, regions: data.regions, counties: data.counties },
      rows: reports,
      ratios: [
        ratioCheck('Q1 uncached vs Payload', reports, 'Q1', 'api', 'payload', 5),
        ratioCheck('Q1 cached vs Payload', reports, 'Q1', 'api-cached', 'payload', 50),
        ratioCheck('Q1 cached vs bare node:http', reports, 'Q1', 'api-cached', 'bare', 0.5),
        ratioCheck('Q1 uncached vs json_agg', reports, 'Q1', 'api', 'json_agg', 0.25),
        ratioCheck('P1 preflight vs bare node:http', reports, 'P1', 'api', 'bare', 0.5),
        ratioCheck('P1 preflight vs Payload', reports, 'P1', 'api', 'payload', 1),
      ],
      statements: { ...statements, checks: statementChecks(statements) },
      startup: {
        samplesMs: startupMs.map(Math.round),
        medianMs: Math.round(medianMs),
        check: { name: `API ready after spawn (median of ${startupMs.map(Math.round).join(', ')} ms)`, value: `${Math.round(medianMs)} ms`, target: '≤ 1500 ms', pass: medianMs <= 1500 },
      },
      apiMemory: {
        peakMb: apiNow ? Math.round(apiNow.peakMb) : null,
        rssAfterLoadMb: rss,
        loadSeconds: apiSeconds,
        check: {
          name: `API RSS after ${apiSeconds} s of load (peak ${apiNow ? Math.round(apiNow.peakMb) : '?'} MB)`,
          value: `${rss ?? '?'} MB`,
          target: '≤ 256 MB',
          pass: rss === null || apiSeconds < 60 ? null : rss <= 256,
        },
      },
      valid: reports.every((row) => !row.figures || row.figures.valid),
    }
    printReport(report, console.log)
    log(`results written to ${path.relative(process.cwd(), writeReport(report, dir))}`)
    // A missed target fails the command (exit 1), as an invalid row does; the figures are written either way.
    const failure = failureOf(report)
    if (failure) throw new StartupError(failure)
  } finally {
    await cleanup()
  }
}, { exitWhenDone: true })
