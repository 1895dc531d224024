import type { CollectionConfig } from 'payload'
import { isNewsletterSender, isNewsletterWriter, isStaff } from '../../access/roles'
import { t } from '../../fields/i18n'
import { recordEditor, updatedByField } from '../../fields/updatedBy'
import { issueEndpoints } from './endpoints'
import { issueFields } from './fields'
import { fillSlug, keepSentContent, keepSentIssue } from './hooks'
import { sendEndpoints } from './send-endpoints'

/**
 * Newsletter issues (issue 17): editors write and draft them, newsletter editors and administrators send them.
 * Not public through Payload (no GraphQL, staff only): the public archive is the API's, of sent issues, from the
 * content rendered when the send was scheduled. Not an `editorial()` collection: an issue is no public content,
 * so its changes neither notify the API's caches nor reach partners' webhooks.
 */
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  labels: { singular: t('Nyhetsbrev', 'Newsletter issue'), plural: t('Nyhetsbrev', 'Newsletter issues') },
  access: { read: isStaff, readVersions: isStaff, create: isNewsletterWriter, update: isNewsletterWriter, delete: isNewsletterSender },
  versions: { drafts: true, maxPerDoc: 100 },
  graphQL: false,
  defaultSort: '-updatedAt',
  endpoints: [...issueEndpoints, ...sendEndpoints],
  hooks: { beforeValidate: [fillSlug], beforeChange: [recordEditor, keepSentContent], beforeDelete: [keepSentIssue] },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'language', 'topics', 'updatedAt', '_status'],
    group: t('Utskick', 'Mailings'),
    description: t(
      'Nyhetsbrev till prenumeranterna. Redaktörer skriver; nyhetsbrevsredaktörer och administratörer skickar. Inga öppnings- eller klickmätningar.',
      'Newsletters to the subscribers. Editors write; newsletter editors and administrators send. No open or click tracking.',
    ),
  },
  fields: [
    ...issueFields,
    {
      name: 'sendPanel',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/NewsletterSend#NewsletterSend' } },
    },
    { name: 'preview', type: 'ui', admin: { disableListColumn: true, components: { Field: '/components/NewsletterPreview#NewsletterPreview' } } },
    updatedByField(),
  ],
}
