import type { CollectionConfig } from 'payload'
import { isSubscriberManager, nobody } from '../../access/roles'
import { stampAuditActorOnDelete } from '../../audit/actor'
import { t, type Bilingual } from '../../fields/i18n'
import { emailLocaleField } from '../../fields/emailLocale'
import { validateEmail } from '../../fields/validation/email'
import { exportConfirmedSubscribers } from './exportEndpoint'
import { SUBSCRIPTION_STATUSES, TOPIC_LABELS, TOPICS, type SubscriptionStatus } from '../../../contracts/select-values/newsletter'

const STATUS_LABELS: Record<SubscriptionStatus, Bilingual> = {
  pending: t('Väntar på bekräftelse', 'Awaiting confirmation'),
  confirmed: t('Bekräftad', 'Confirmed'),
  unsubscribed: t('Avregistrerad', 'Unsubscribed'),
}

/**
 * Newsletter subscriptions (personal data). Written by the public API's double opt-in flow; readable only by
 * staff with the subscriber-manager role. Never versioned: a version history would keep erased addresses.
 *
 * Consent and its evidence change only through the person's own actions (the API's confirm, unsubscribe,
 * preferences and erase, from links in their mailbox), so nobody updates a subscriber through Payload: a status,
 * date or consent field set by staff would be forged consent. Nor the address: consent belongs to the mailbox
 * that confirmed it, and a new address subscribes itself. Staff may read, export and delete (erasure); a delete
 * also removes what names the person in the API's tables (migration 20261207_090100_audit_triggers). Refused
 * writes answer 403, and the admin shows the document read-only.
 */
export const NewsletterSubscribers: CollectionConfig = {
  slug: 'newsletter-subscribers',
  labels: { singular: t('Prenumerant', 'Subscriber'), plural: t('Nyhetsbrevsprenumeranter', 'Newsletter subscribers') },
  access: { read: isSubscriberManager, create: nobody, update: nobody, delete: isSubscriberManager },
  hooks: { beforeDelete: [stampAuditActorOnDelete] },
  graphQL: false,
  defaultSort: '-createdAt',
  endpoints: [exportConfirmedSubscribers],
  admin: {
    components: { beforeListTable: ['/components/SubscriberExport#SubscriberExport', '/components/BouncedAddresses#BouncedAddresses'] },
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'topics', 'createdAt'],
    group: t('Inkommande', 'Intake'),
    description: t(
      'Personuppgifter: hanteras enligt GDPR. Bara prenumeranten själv ändrar sin prenumeration (länkarna i mejlen); personal kan exportera och radera.',
      'Personal data: handled under the GDPR. Only subscribers change their subscription (the links in their emails); staff may export and delete.',
    ),
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      validate: validateEmail,
      label: t('E-post', 'Email'),
      admin: { description: t('Prenumerantens adress.', "The subscriber's address.") },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: SUBSCRIPTION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { description: t('Dubbel bekräftelse: bara bekräftade får utskick.', 'Double opt-in: only confirmed addresses get mailings.') },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      label: t('Ämnen', 'Topics'),
      options: TOPICS.map((value) => ({ value, label: TOPIC_LABELS[value] })),
      admin: { description: t('Vad prenumeranten vill ha.', 'What the subscriber wants to receive.') },
    },
    emailLocaleField(t('Språket för utskick.', 'The language of mailings.')),
    {
      name: 'consent',
      type: 'group',
      label: t('Samtycke', 'Consent'),
      admin: { description: t('Bevis på samtycket.', 'Evidence of consent.') },
      fields: [
        { name: 'givenAt', type: 'date', label: t('Tidpunkt', 'Given at'), admin: { description: t('När samtycket gavs.', 'When consent was given.') } },
        { name: 'source', type: 'text', label: t('Källa', 'Source'), admin: { description: t('Var formuläret fanns.', 'Where the form was.') } },
        {
          name: 'textVersion',
          type: 'text',
          label: t('Textversion', 'Text version'),
          admin: { description: t('Versionen av samtyckestexten som visades.', 'The version of the consent text shown.') },
        },
      ],
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: t('Bekräftad', 'Confirmed at'),
      admin: { position: 'sidebar', readOnly: true, description: t('När adressen bekräftades.', 'When the address was confirmed.') },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: t('Avregistrerad', 'Unsubscribed at'),
      admin: { position: 'sidebar', readOnly: true, description: t('När prenumerationen avslutades.', 'When the subscription ended.') },
    },
  ],
}
