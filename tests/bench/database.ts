import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { openDatabase, type Database } from '../../runtime/database'
import { DATA_DIR } from '../../runtime/paths'
import { runCli } from '../helpers/run-cli'
import { createFreshDatabase } from '../helpers/test-database'

export const BENCH_EMBEDDED_PORT = 54349

export type BenchDatabase = {
  server: Database
  url: string
  secret: string
  admin: { email: string; password: string }
}

/**
 * The benchmark's own PostgreSQL: the server at DATABASE_URL, or an embedded one in .data/bench-postgres on
 * BENCH_EMBEDDED_POSTGRES_PORT (54349; the product uses 54329, the tests 54339). On it a fresh database
 * `nspm_bench_*`, migrated and seeded by the product's own `seed/cli.ts` in its own process.
 */
export async function createBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const server = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedPort: Number(process.env.BENCH_EMBEDDED_POSTGRES_PORT ?? BENCH_EMBEDDED_PORT),
    embeddedDataDir: path.join(DATA_DIR, 'bench-postgres'),
    databaseName: 'postgres',
  })
  try {
    const url = await createFreshDatabase(server.url, 'nspm_bench')
    const secret = randomBytes(32).toString('hex')
    const admin = { email: 'admin@bench.nspm.localhost', password: randomBytes(12).toString('base64url') }
    log(`database ${new URL(url).pathname.slice(1)} on ${server.embedded ? 'the embedded PostgreSQL (.data/bench-postgres)' : 'DATABASE_URL'}; seeding…`)
    const seeded = await runCli('seed/cli.ts', { DATABASE_URL: url, PAYLOAD_SECRET: secret, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
    if (seeded.code !== 0) throw new Error(`npm run seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
    return { server, url, secret, admin }
  } catch (error) {
    await server.stop()
    throw error
  }
}
