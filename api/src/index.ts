import 'reflect-metadata'
import { loadConfig } from './config'
import { startBackgroundWork } from './background'
import { createOrm, migrateApiSchema } from './orm'
import { createServer } from './server'

/** Entry: config → ORM → server → listen. SIGTERM/SIGINT stop accepting, let requests finish, close the ORM. */
async function main(): Promise<void> {
  const config = loadConfig()
  const orm = await createOrm({ databaseUrl: config.databaseUrl, poolMax: config.poolMax })
  await migrateApiSchema(orm)
  const log = (line: string) => console.log(line)
  const background = startBackgroundWork({ orm, config, log, sendMail: config.outboxWorker })
  const server = await createServer({ orm, port: config.port, host: config.host, introspection: config.introspection, cmsUrl: config.cmsUrl, trustProxy: config.trustProxy, production: config.isProduction, explorer: config.explorer, log })
  console.log(JSON.stringify({ level: 'info', msg: 'API listening', url: server.url }))
  const shutdown = async (signal: string) => {
    console.log(JSON.stringify({ level: 'info', msg: 'stopping', signal }))
    await server.stop()
    await background.stop()
    await orm.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', msg: error instanceof Error ? error.message : String(error) }))
  process.exit(1)
})
