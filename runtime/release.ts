import { openDatabase } from './database'
import { readRuntimeEnv } from './environment'
import { runMain } from './errors'
import { prepareDatabase } from './prepare'

/**
 * The release step of a deployment (docker-compose.yml's one-shot `release` service, before the CMS and the API
 * start): the committed migrations, the seed on an empty database, and the first administrator while no user
 * exists. Safe to run on every deploy: each part is a no-op when already done.
 */
runMain(
  async () => {
    const env = readRuntimeEnv()
    const database = await openDatabase({ databaseUrl: env.databaseUrl, embeddedPort: env.embeddedPort })
    try {
      await prepareDatabase({ databaseUrl: database.url, secret: env.payloadSecret, admin: env.admin, isProduction: env.isProduction, seed: 'auto', log: console.log })
    } finally {
      await database.stop()
    }
  },
  { exitWhenDone: true },
)
