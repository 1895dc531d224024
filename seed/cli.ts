import { openDatabase } from '../runtime/database'
import { readRuntimeEnv } from '../runtime/environment'
import { runMain } from '../runtime/errors'
import { prepareDatabase } from '../runtime/prepare'

/** `npm run seed`: migrations, then the idempotent seed, then a summary of what was created and what was there. */
runMain(
  async () => {
    const env = readRuntimeEnv()
    const database = await openDatabase({ databaseUrl: env.databaseUrl, embeddedPort: env.embeddedPort })
    try {
      const report = await prepareDatabase({
        databaseUrl: database.url,
        secret: env.payloadSecret,
        admin: env.admin,
        isProduction: env.isProduction,
        seed: 'always',
        log: console.log,
      })
      console.table(report)
    } finally {
      await database.stop()
    }
  },
  { exitWhenDone: true },
)
