/**
 * The API's migrations by name, in order, without loading them: start-up compares this list with the history table
 * and loads the migrator (and @mikro-orm/migrations, a third of a second) only when one is missing.
 * `index.ts` pairs each name with its class; a test checks that both lists agree.
 */
export const API_MIGRATION_NAMES = [
  'Migration20261130100000_intake',
  'Migration20261130150000_search',
  'Migration20261206100000_limits',
  'Migration20261206110000_changes',
  'Migration20261206140000_webhooks',
  'Migration20261206150000_api_keys',
  'Migration20261207120000_coordinator_check_tokens',
  'Migration20261207150000_newsletter_sends',
] as const
