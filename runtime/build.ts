import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { StartupError } from './errors'
import { CMS_DIR, CONTRACTS_DIR, ROOT } from './paths'

const BUILD_DIR = path.join(CMS_DIR, '.next')
const STAMP = path.join(BUILD_DIR, 'nspm-source-hash')
// Sources that change the admin bundle (the CMS's and the contracts it shares with the API); migrations do not.
const SOURCE_DIRS = [CMS_DIR, CONTRACTS_DIR]
const SKIP = new Set(['.next', 'migrations', 'node_modules'])

/** Hash of the CMS sources, the contracts and the lockfile: a build is reused only while it is the build of these exact files. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (SKIP.has(name)) continue
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) visit(file)
      else hash.update(path.relative(ROOT, file)).update(readFileSync(file))
    }
  }
  for (const dir of SOURCE_DIRS) visit(dir)
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json')))
  return hash.digest('hex')
}

function isBuildCurrent(): boolean {
  return existsSync(STAMP) && existsSync(path.join(BUILD_DIR, 'BUILD_ID')) && readFileSync(STAMP, 'utf8') === sourceHash()
}

/** Builds the Next.js admin when no build of the current sources exists, with Next's own progress output. */
export async function ensureCmsBuild(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (isBuildCurrent()) return
  log('Building the admin (Next.js production build; only when the CMS sources change, takes a few minutes)…')
  const hash = sourceHash()
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['build', CMS_DIR], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
    })
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  if (code !== 0) throw new StartupError(`The admin build failed (next build exited with ${code}).`, 'The build output above names the file.')
  writeFileSync(STAMP, hash)
}
