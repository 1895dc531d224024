import { buildApi } from './api-build'
import { startChildServer, type ChildServer } from './child-server'

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
    args: ['--enable-source-maps', bundle],
    env: { ...env, API_PORT: String(port) },
    url: `${base}/graphql`,
    readyUrl: `${base}/health/ready`,
    output,
    readyTimeoutMs,
  })
}
