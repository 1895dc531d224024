import type { MigrationObject } from '@mikro-orm/core'
import { Migration20261130100000Intake } from './Migration20261130100000_intake'
import { Migration20261130150000Search } from './Migration20261130150000_search'
import { Migration20261206100000Limits } from './Migration20261206100000_limits'
import { Migration20261206110000Changes } from './Migration20261206110000_changes'
import { Migration20261206140000Webhooks } from './Migration20261206140000_webhooks'
import { Migration20261206150000ApiKeys } from './Migration20261206150000_api_keys'
import { Migration20261207120000CoordinatorCheckTokens } from './Migration20261207120000_coordinator_check_tokens'
import { Migration20261207150000NewsletterSends } from './Migration20261207150000_newsletter_sends'

/** Listed explicitly: the ORM is configured without dynamic file access (tsx and bundlers alike). Names as in names.ts. */
export const API_MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261130100000_intake', class: Migration20261130100000Intake },
  { name: 'Migration20261130150000_search', class: Migration20261130150000Search },
  { name: 'Migration20261206100000_limits', class: Migration20261206100000Limits },
  { name: 'Migration20261206110000_changes', class: Migration20261206110000Changes },
  { name: 'Migration20261206140000_webhooks', class: Migration20261206140000Webhooks },
  { name: 'Migration20261206150000_api_keys', class: Migration20261206150000ApiKeys },
  { name: 'Migration20261207120000_coordinator_check_tokens', class: Migration20261207120000CoordinatorCheckTokens },
  { name: 'Migration20261207150000_newsletter_sends', class: Migration20261207150000NewsletterSends },
]
