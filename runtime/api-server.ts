import path from 'node:path'
import { startChildServer, type ChildServer } from './child-server'
import { ROOT } from './paths'

type Options = {
  port: number
  env: NodeJS.ProcessEnv
  output?: 'inherit' | ((line: string) => void)
  /** Tests on a busy machine allow more than the default 30 s. */
  readyTimeoutMs?: number
}

/** The public GraphQL API (api/src/index.ts), ready once its database check passes. */
export function startApi({ port, env, output, readyTimeoutMs = 30_000 }: Options): Promise<ChildServer> {
  const base = `http://localhost:${port}`
  return startChildServer({
    name: 'The API',
    command: path.join(ROOT, 'node_modules/.bin/tsx'),
    args: [path.join(ROOT, 'api/src/index.ts')],
    env: { ...env, API_PORT: String(port) },
    url: `${base}/graphql`,
    readyUrl: `${base}/health/ready`,
    output,
    readyTimeoutMs,
  })
}
