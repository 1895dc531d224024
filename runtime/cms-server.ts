import path from 'node:path'
import { startChildServer, type ChildServer } from './child-server'
import { ROOT } from './paths'

type Options = { port: number; env: NodeJS.ProcessEnv; dev?: boolean; output?: 'inherit' | ((line: string) => void) }

/** The Payload admin: Next.js (a production build, or `dev` for `npm run dev`) behind runtime/cms-http.ts. */
export function startCms({ port, env, dev = false, output }: Options): Promise<ChildServer> {
  const url = `http://localhost:${port}`
  return startChildServer({
    name: 'The CMS',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(ROOT, 'runtime/cms-http.ts'), String(port), ...(dev ? ['--dev'] : [])],
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation', ...(dev ? {} : { NODE_ENV: 'production' }) },
    url,
    readyUrl: `${url}/api/users/me`,
    output,
  })
}
