import type { CollectionConfig } from 'payload'
import { adminField, isAdmin, nobodyField } from '../../access/roles'
import { PUBLIC_TYPE_NAMES } from '../../../contracts/public-types'
import { t } from '../../fields/i18n'
import { webhookEndpointActions } from './endpoints'
import { createFirstSecret, removeSecretsAndDeliveries, startAtLatestChange } from './hooks'
import { TYPE_LABELS } from './labels'
import { validateWebhookUrl } from './url-validation'

/**
 * Partner systems' webhook endpoints: on every publish, unpublish and delete of a public type they want, the API
 * POSTs a signed event there (Standard Webhooks; api/src/webhooks). Administrators only, for every operation: an
 * endpoint decides where the platform sends requests (SSRF) and holds a secret. The signing secret is not a field:
 * it is sealed in the API's table, shown once (WebhookSecret.tsx) and never part of any read.
 */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: t('Webhook-mottagare', 'Webhook endpoint'), plural: t('Webhook-mottagare', 'Webhook endpoints') },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: webhookEndpointActions,
  hooks: { beforeChange: [startAtLatestChange], afterChange: [createFirstSecret], afterDelete: [removeSecretsAndDeliveries] },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'types', 'active'],
    group: t('Partner', 'Partners'),
    description: t(
      'Partnersystem som får en signerad händelse (webhook) när något publiceras, avpubliceras eller tas bort.',
      'Partner systems that receive a signed event (webhook) when something is published, unpublished or deleted.',
    ),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: t('Namn', 'Name'),
      admin: { description: t('Partnern och systemet, t.ex. "Polisen – kontaktregister".', 'The partner and its system, e.g. "Police – contact register".') },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateWebhookUrl,
      label: t('Adress (URL)', 'Address (URL)'),
      admin: {
        description: t(
          'Dit händelserna skickas med POST. https rekommenderas; omdirigeringar följs aldrig.',
          'Where events are POSTed. https is recommended; redirects are never followed.',
        ),
      },
    },
    {
      name: 'description',
      type: 'textarea',
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Vad partnern använder händelserna till.', 'What the partner uses the events for.') },
    },
    {
      name: 'contact',
      type: 'text',
      label: t('Kontakt', 'Contact'),
      admin: { description: t('Vem hos partnern som ska kontaktas när leveranser misslyckas.', 'Whom to contact at the partner when deliveries fail.') },
    },
    {
      name: 'types',
      type: 'select',
      hasMany: true,
      label: t('Typer', 'Types'),
      options: PUBLIC_TYPE_NAMES.map((value) => ({ value, label: TYPE_LABELS[value] })),
      admin: { description: t('Vilka publika typer partnern vill ha händelser om. Inga valda: alla.', 'The public types the partner wants events for. None chosen: all.') },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: t('Aktiv', 'Active'),
      admin: { position: 'sidebar', description: t('Avstängd: inga nya händelser, och köade skickas inte.', 'Off: no new events, and queued ones are not sent.') },
    },
    {
      name: 'allowPrivateNetwork',
      type: 'checkbox',
      defaultValue: false,
      access: { create: adminField, update: adminField },
      label: t('Tillåt privata nätverksadresser', 'Allow private network addresses'),
      admin: {
        position: 'sidebar',
        description: t(
          'Bara för en mottagare i ett internt nät eller en testmottagare: tillåter loopback, privata nät (RFC 1918), lokala IPv6-nät och operatörs-NAT.',
          'Only for a receiver inside an internal network or a test receiver: allows loopback, private networks (RFC 1918), IPv6 unique local and carrier-grade NAT.',
        ),
      },
    },
    {
      name: 'startAfterChange',
      type: 'number',
      access: { create: nobodyField, update: nobodyField },
      label: t('Händelser efter ändring nr', 'Events after change no.'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t('Ändringsloggens position när mottagaren skapades.', "The change log's position when the endpoint was created."),
      },
    },
    {
      name: 'secret',
      type: 'ui',
      label: t('Signeringsnyckel', 'Signing secret'),
      admin: { position: 'sidebar', components: { Field: '/components/WebhookSecret#WebhookSecret' }, disableListColumn: true },
    },
    {
      name: 'deliveries',
      type: 'ui',
      label: t('Leveranser', 'Deliveries'),
      admin: { components: { Field: '/components/WebhookDeliveries#WebhookDeliveries' }, disableListColumn: true },
    },
  ],
}
