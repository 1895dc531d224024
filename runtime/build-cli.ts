import { randomBytes } from 'node:crypto'
import { buildApi } from './api-build'
import { ensureCmsBuild } from './build'
import { runMain } from './errors'

/**
 * `npm run build`: the API bundle (api/dist) and the production build of the admin, reused by `npm start` while
 * the CMS sources are unchanged.
 * Building needs no database and no real secret (every admin page renders per request), so placeholders are
 * passed: nothing from this machine ends up in the build, which also makes it safe inside an image.
 */
runMain(
  async () => {
    console.log(`API bundled into ${await buildApi()}`)
    await ensureCmsBuild({ ...process.env, DATABASE_URL: 'postgres://build@127.0.0.1:9/unused', PAYLOAD_SECRET: randomBytes(32).toString('hex') }, console.log)
  },
  { exitWhenDone: true },
)
