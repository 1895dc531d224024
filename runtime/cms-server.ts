import path from 'node:path'
import { startChildServer, type ChildServer } from './child-server'
import { CMS_DIR, ROOT } from './paths'

type Options = { port: number; env: NodeJS.ProcessEnv; dev?: boolean; output?: 'inherit' | ((line: string) => void) }

/** The Payload admin (Next.js `start`, or `dev` for `npm run dev`). */
export function startCms({ port, env, dev = false, output }: Options): Promise<ChildServer> {
  const url = `http://localhost:${port}`
  return startChildServer({
    name: 'The CMS',
    command: path.join(ROOT, 'node_modules/.bin/next'),
    args: [dev ? 'dev' : 'start', CMS_DIR, '-p', String(port)],
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation', ...(dev ? {} : { NODE_ENV: 'production' }) },
    url,
    readyUrl: `${url}/api/users/me`,
    output,
  })
}
