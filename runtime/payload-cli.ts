import { spawn } from 'node:child_process'
import path from 'node:path'
import { openDatabase } from './database'
import { readRuntimeEnv } from './environment'
import { runMain } from './errors'
import { ROOT } from './paths'

/**
 * Runs Payload's own CLI (`migrate:create`, `migrate:status`, `generate:types`, ...) against the same database
 * that `npm start` uses: `npm run payload -- migrate:create add-field`.
 */
runMain(async () => {
  const env = readRuntimeEnv()
  const database = await openDatabase({ databaseUrl: env.databaseUrl, embeddedPort: env.embeddedPort })
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/payload'), [...process.argv.slice(2), '--config', 'cms/payload.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: database.url, PAYLOAD_SECRET: env.payloadSecret, NODE_OPTIONS: '--no-deprecation' },
    })
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  await database.stop()
  return code
})
