import { Migrator } from '@mikro-orm/migrations'
import type { MikroORM } from '@mikro-orm/postgresql'
import { API_MIGRATIONS } from './index'

/** Registers the migrator on a running ORM and applies what is missing (loaded only when something is). */
export async function runApiMigrations(orm: MikroORM): Promise<void> {
  orm.config.set('migrations', { ...orm.config.get('migrations'), migrationsList: API_MIGRATIONS })
  Migrator.register(orm)
  await orm.getMigrator().up()
}
