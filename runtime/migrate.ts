import { openDatabase } from './database'
import { readRuntimeEnv } from './environment'
import { runMain } from './errors'
import { prepareDatabase } from './prepare'

/** `npm run migrate`: applies the committed Payload migrations to the configured database, nothing else. */
runMain(
  async () => {
    const env = readRuntimeEnv()
    const database = await openDatabase({ databaseUrl: env.databaseUrl, embeddedPort: env.embeddedPort })
    try {
      await prepareDatabase({
        databaseUrl: database.url,
        secret: env.payloadSecret,
        admin: env.admin,
        isProduction: env.isProduction,
        seed: 'never',
        ensureAdmin: false,
        log: console.log,
      })
    } finally {
      await database.stop()
    }
  },
  { exitWhenDone: true },
)
