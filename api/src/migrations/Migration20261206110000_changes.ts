import { Migration } from '@mikro-orm/migrations'

/**
 * The change feed's retention horizon. The retention job deletes old entries of the change log
 * (`content_changes`, written by the CMS's triggers); ids have gaps anyway (a rolled-back transaction still
 * used its id), so what was deleted cannot be told from the ids that are left. The job records it here, in the
 * transaction that deletes: every change with an id at or below `deleted_through` may be gone, so a cursor
 * before it is refused (CURSOR_EXPIRED) rather than walked silently past the hole.
 */
export class Migration20261206110000Changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.change_log_horizon (
        id integer PRIMARY KEY CHECK (id = 1),
        deleted_through bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql('INSERT INTO nspm_api.change_log_horizon (id) VALUES (1)')
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.change_log_horizon')
  }
}
