import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/roles'
import { t } from '../../fields/i18n'
import { apiKeyActions } from './endpoints'
import { partnerFields, stateFields } from './fields'
import { notifyKeyChanged, notifyKeyDeleted } from './hooks'

/**
 * Partners' API keys (`Authorization: Bearer nspm_…` on the public API): each has its own quota and usage counts.
 * Administrators only, for every operation. The key itself is made on the server by "Create the key", shown in
 * that answer only (ApiKeySecret.tsx) and stored as its SHA-256 (cms/api-keys/key.ts says why not bcrypt) in the
 * API's schema, outside every Payload read. Revoking is an action and final; a deleted key is refused the same.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: t('API-nyckel', 'API key'), plural: t('API-nycklar', 'API keys') },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: apiKeyActions,
  hooks: { afterChange: [notifyKeyChanged], afterDelete: [notifyKeyDeleted] },
  // A copy would carry the key's prefix and state: every key is made new.
  disableDuplicate: true,
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyPrefix', 'status', 'issuedAt'],
    group: t('Partner', 'Partners'),
    description: t(
      'Nycklar för partnersystem som behöver högre gränser i det publika API:t. En nyckel hör hemma på partnerns server, aldrig i en webbsida.',
      "Keys for partner systems that need higher limits in the public API. A key belongs on the partner's server, never in a web page.",
    ),
  },
  fields: [
    ...partnerFields,
    {
      name: 'key',
      type: 'ui',
      label: t('Nyckel', 'Key'),
      admin: { position: 'sidebar', components: { Field: '/components/ApiKeySecret#ApiKeySecret' }, disableListColumn: true },
    },
    ...stateFields,
    {
      name: 'revoke',
      type: 'ui',
      label: t('Återkalla', 'Revoke'),
      admin: { position: 'sidebar', components: { Field: '/components/ApiKeyRevoke#ApiKeyRevoke' }, disableListColumn: true },
    },
    {
      name: 'usage',
      type: 'ui',
      label: t('Användning', 'Usage'),
      admin: { components: { Field: '/components/ApiKeyUsage#ApiKeyUsage' }, disableListColumn: true },
    },
  ],
}
