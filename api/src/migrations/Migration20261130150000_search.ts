import { Migration } from '@mikro-orm/migrations'

/**
 * The search index: each published document's text-search vector per language, rebuilt by the API when the
 * content's fingerprint (row counts and latest changes of the searched tables) differs from the one it was built
 * from. The API's own tables, without foreign keys into Payload's (see the intake migration).
 */
export class Migration20261130150000Search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.search_documents (
        locale text NOT NULL,
        kind text NOT NULL,
        id integer NOT NULL,
        vector tsvector NOT NULL,
        PRIMARY KEY (locale, kind, id)
      )`)
    this.addSql('CREATE INDEX search_documents_vector_idx ON nspm_api.search_documents USING gin (vector)')
    this.addSql(`
      CREATE TABLE nspm_api.search_state (
        id integer PRIMARY KEY CHECK (id = 1),
        fingerprint text NOT NULL,
        documents integer NOT NULL,
        refreshed_at timestamptz NOT NULL
      )`)
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.search_state')
    this.addSql('DROP TABLE nspm_api.search_documents')
  }
}
