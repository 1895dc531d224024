import * as migration_20261130_083131_initial from './20261130_083131_initial'
import * as migration_20261130_144153_coordinator_verification_regional_editor from './20261130_144153_coordinator_verification_regional_editor'
import * as migration_20261130_150000_normalise_phone_numbers from './20261130_150000_normalise_phone_numbers'
import * as migration_20261206_090000_content_changes from './20261206_090000_content_changes'
import * as migration_20261206_140000_webhook_endpoints from './20261206_140000_webhook_endpoints'
import * as migration_20261206_150000_api_keys from './20261206_150000_api_keys'
import * as migration_20261207_025932_login_throttle from './20261207_025932_login_throttle'
import * as migration_20261207_090000_audit_events from './20261207_090000_audit_events'
import * as migration_20261207_090100_audit_triggers from './20261207_090100_audit_triggers'
import * as migration_20261207_110000_coordinator_checks from './20261207_110000_coordinator_checks'
import * as migration_20261207_130000_brochure_facts_schema from './20261207_130000_brochure_facts_schema'
import * as migration_20261207_130100_brochure_facts from './20261207_130100_brochure_facts'
import * as migration_20261207_144008_newsletter_issues from './20261207_144008_newsletter_issues'
import * as migration_20261207_150100_newsletter_erasure from './20261207_150100_newsletter_erasure'

export const migrations = [
  {
    up: migration_20261130_083131_initial.up,
    down: migration_20261130_083131_initial.down,
    name: '20261130_083131_initial',
  },
  {
    up: migration_20261130_144153_coordinator_verification_regional_editor.up,
    down: migration_20261130_144153_coordinator_verification_regional_editor.down,
    name: '20261130_144153_coordinator_verification_regional_editor',
  },
  {
    up: migration_20261130_150000_normalise_phone_numbers.up,
    down: migration_20261130_150000_normalise_phone_numbers.down,
    name: '20261130_150000_normalise_phone_numbers',
  },
  {
    up: migration_20261206_090000_content_changes.up,
    down: migration_20261206_090000_content_changes.down,
    name: '20261206_090000_content_changes',
  },
  {
    up: migration_20261206_140000_webhook_endpoints.up,
    down: migration_20261206_140000_webhook_endpoints.down,
    name: '20261206_140000_webhook_endpoints',
  },
  {
    up: migration_20261206_150000_api_keys.up,
    down: migration_20261206_150000_api_keys.down,
    name: '20261206_150000_api_keys',
  },
  {
    up: migration_20261207_025932_login_throttle.up,
    down: migration_20261207_025932_login_throttle.down,
    name: '20261207_025932_login_throttle',
  },
  {
    up: migration_20261207_090000_audit_events.up,
    down: migration_20261207_090000_audit_events.down,
    name: '20261207_090000_audit_events',
  },
  {
    up: migration_20261207_090100_audit_triggers.up,
    down: migration_20261207_090100_audit_triggers.down,
    name: '20261207_090100_audit_triggers',
  },
  {
    up: migration_20261207_110000_coordinator_checks.up,
    down: migration_20261207_110000_coordinator_checks.down,
    name: '20261207_110000_coordinator_checks',
  },
  {
    up: migration_20261207_130000_brochure_facts_schema.up,
    down: migration_20261207_130000_brochure_facts_schema.down,
    name: '20261207_130000_brochure_facts_schema',
  },
  {
    up: migration_20261207_130100_brochure_facts.up,
    down: migration_20261207_130100_brochure_facts.down,
    name: '20261207_130100_brochure_facts',
  },
  {
    up: migration_20261207_144008_newsletter_issues.up,
    down: migration_20261207_144008_newsletter_issues.down,
    name: '20261207_144008_newsletter_issues',
  },
  {
    up: migration_20261207_150100_newsletter_erasure.up,
    down: migration_20261207_150100_newsletter_erasure.down,
    name: '20261207_150100_newsletter_erasure',
  },
]
