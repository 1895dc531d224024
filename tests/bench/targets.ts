import { createWriteStream, mkdirSync, readFileSync, writeFileSync, type WriteStream } from 'node:fs'
import path from 'node:path'
import { startApi } from '../../runtime/api-server'
import { ensureCmsBuild } from '../../runtime/build'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import { ROOT } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import type { BenchDatabase } from './database'
import { CACHE_FLAG } from './options'
import { PREFLIGHT_ORIGIN } from './preflight'
import { startSmallServer, type SmallServer } from './processes'

export type TargetId = 'bare' | 'api' | 'api-cached' | 'payload' | 'json_agg'

export type Target = {
  id: TargetId
  label: string
  /** Where GraphQL (or the fixed body) is POSTed; null when the target is not available. */
  url: string | null
  pid: number | undefined
  /** Why a target has no url. */
  unavailable?: string
}

export const TARGET_LABELS: Record<TargetId, string> = {
  bare: 'bare node:http (fixed body)',
  api: 'our API, uncached',
  'api-cached': 'our API, cached',
  payload: "Payload's /api/graphql",
  json_agg: 'json_agg endpoint (1 SQL)',
}

/** True once the API reads the cache flag: the cached targets run from then on, without a change here. */
export function apiHasResponseCache(): boolean {
  return readFileSync(path.join(ROOT, 'api/src/config.ts'), 'utf8').includes(CACHE_FLAG)
}

export type ProductServers = {
  cms: ChildServer
  api: ChildServer
  cached: ChildServer | null
  /** New API processes on the same database (the CMS keeps running): after the data changed behind their back. */
  restartApis: () => Promise<void>
  stop: () => Promise<void>
}

/** The CMS and the API(s), as `npm start` runs them (production build, production mode), logging to .data/bench/. */
export async function startProductServers(db: BenchDatabase, dir: string, log: (line: string) => void): Promise<ProductServers> {
  mkdirSync(dir, { recursive: true })
  const logs: WriteStream[] = []
  const output = (name: string) => {
    const stream = createWriteStream(path.join(dir, `${name}.log`), { flags: 'a' })
    logs.push(stream)
    return (line: string) => void stream.write(`${line}\n`)
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, PAYLOAD_SECRET: db.secret }
  await ensureCmsBuild(env, log)
  const cmsPort = await freePort()
  const cmsUrl = `http://localhost:${cmsPort}`
  let cms: ChildServer | null = null
  let apis: ChildServer[] = []
  const stop = async () => {
    await Promise.all([cms, ...apis].flatMap((server) => (server ? [server.stop()] : [])))
    for (const stream of logs) stream.end()
  }
  // Rate limits count per X-Forwarded-For address, which the load varies; no email leaves (outbox worker off). The
  // reads all come from the load generator's one address: its query budget is counted but set beyond reach.
  const apiEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: 'production',
    TRUST_PROXY: 'true',
    API_QUERIES_PER_MINUTE: '100000000',
    API_OUTBOX_WORKER: 'false',
    CMS_PUBLIC_URL: cmsUrl,
    MAIL_CATCH_DIR: path.join(dir, 'mail'),
  }
  const startApis = async (): Promise<Pick<ProductServers, 'api' | 'cached'>> => {
    const api = await startApi({ port: await freePort(), env: { ...apiEnv, [CACHE_FLAG]: 'false' }, output: output('api') })
    apis = [api]
    const cached = apiHasResponseCache() ? await startApi({ port: await freePort(), env: { ...apiEnv, [CACHE_FLAG]: 'true' }, output: output('api-cached') }) : null
    if (cached) apis.push(cached)
    return { api, cached }
  }
  let started: Pick<ProductServers, 'cms' | 'api' | 'cached'>
  try {
    // Payload is measured for its throughput, not for its fail-fast setting: under 50 connections its requests wait
    // longer than the default 5 s for one of its 10 connections and would otherwise fail ("Something went wrong").
    // It answers CORS only for the origins it lists: the preflight's (P1) is one.
    const cmsEnv = { ...env, CMS_PUBLIC_URL: cmsUrl, CMS_DB_CONNECTION_TIMEOUT_MS: '60000', CMS_ALLOWED_ORIGINS: PREFLIGHT_ORIGIN }
    cms = await startCms({ port: cmsPort, env: cmsEnv, output: output('cms') })
    started = { cms, ...(await startApis()) }
  } catch (error) {
    await stop()
    throw error
  }
  const servers: ProductServers = {
    ...started,
    restartApis: async () => {
      await Promise.all(apis.map((server) => server.stop()))
      Object.assign(servers, await startApis())
    },
    stop,
  }
  return servers
}

/** The bare server (serving `body`, Q1's verified response, and our API's preflight headers) and the json_agg endpoint, each in its own process. */
export async function startReferenceServers(
  db: BenchDatabase,
  dir: string,
  body: string,
  preflightHeaders: Record<string, string>,
  log: (line: string) => void,
): Promise<{ bare: SmallServer; jsonAgg: SmallServer; stop: () => Promise<void> }> {
  const bodyFile = path.join(dir, 'q1-body.json')
  writeFileSync(bodyFile, body)
  const preflightFile = path.join(dir, 'preflight-headers.json')
  writeFileSync(preflightFile, JSON.stringify(preflightHeaders))
  const bare = await startSmallServer('bare-server.ts', { BENCH_BODY_FILE: bodyFile, BENCH_PREFLIGHT_HEADERS_FILE: preflightFile }, log)
  const jsonAgg = await startSmallServer('json-agg-server.ts', { DATABASE_URL: db.url }, log).catch(async (error: unknown) => {
    await bare.stop()
    throw error
  })
  return { bare, jsonAgg, stop: async () => void (await Promise.all([bare.stop(), jsonAgg.stop()])) }
}
