import { buildApi } from './api-build'
import { startChildServer, type ChildServer } from './child-server'

/**
 * V8 otherwise lets the old space grow to hundreds of MB before a full collection (measured: 150 → 260 MB in a
 * minute of load, then back to 195). The API's working set, response cache included, fits well below this, and
 * the limit keeps resident memory flat (≈ 165 MB under the same load) at no measurable cost in throughput. Resident
 * memory under sustained load settles near this limit plus the young generation and the code (about 80 MB): with the
 * read model's snapshot in the heap (about 10 MB for 507 coordinators and 2,002 publications), 192 MB let the
 * benchmark's enlarged data reach 271 MB; 160 MB keeps it under 256 MB.
 *
 * The young generation is capped too: Node 24's V8 sizes it larger by default, which kept the same load at 256-260 MB
 * of resident memory instead of Node 20's 165; with 16 MB semi-spaces it stays at about 195 MB, with no loss in
 * throughput (tests/reliability/mixed-load.test.ts measures both).
 *
 * `--expose-gc` lets the API give a burst's memory back once it is idle (api/src/idle-memory.ts says why V8 does not).
 */
export const API_NODE_FLAGS = ['--enable-source-maps', '--max-old-space-size=160', '--max-semi-space-size=16', '--expose-gc']

type Options = {
  port: number
  env: NodeJS.ProcessEnv
  output?: 'inherit' | ((line: string) => void)
  /** Tests on a busy machine allow more than the default 30 s. */
  readyTimeoutMs?: number
}

/** The public GraphQL API (api/src/index.ts, bundled to api/dist first), ready once its database check passes. */
export async function startApi({ port, env, output, readyTimeoutMs = 30_000 }: Options): Promise<ChildServer> {
  const bundle = await buildApi()
  const base = `http://localhost:${port}`
  return startChildServer({
    name: 'The API',
    command: process.execPath,
    args: [...API_NODE_FLAGS, bundle],
    env: { ...env, API_PORT: String(port) },
    url: `${base}/graphql`,
    readyUrl: `${base}/health/ready`,
    output,
    readyTimeoutMs,
  })
}
