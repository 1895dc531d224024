import type { Condition, Field, NumberField } from 'payload'
import { nobodyField } from '../../access/roles'
import { API_KEY_STATUSES, QUOTA_BOUNDS, type ApiKeyStatus } from '../../../contracts/api-keys'
import { t, type Bilingual } from '../../fields/i18n'
import { emailField } from '../../fields/validation/email'

/** A whole number within the quota's bounds (rounded on save: a RateLimit header states whole units). */
const quotaField = (name: keyof typeof QUOTA_BOUNDS, label: Bilingual, description: Bilingual, options: { required?: boolean; condition?: Condition } = {}): NumberField => ({
  name,
  type: 'number',
  required: options.required,
  defaultValue: QUOTA_BOUNDS[name].default,
  min: QUOTA_BOUNDS[name].min,
  max: QUOTA_BOUNDS[name].max,
  label,
  hooks: { beforeValidate: [({ value }: { value?: unknown }) => (typeof value === 'number' ? Math.round(value) : value)] },
  admin: { description, step: 1, condition: options.condition },
})

const submitsOnBehalf: Condition = (_data, siblingData) => Boolean(siblingData?.submitsOnBehalf)

/** Who holds the key and what it may do; the administrator writes these. */
export const partnerFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    required: true,
    label: t('Namn', 'Name'),
    admin: {
      description: t(
        'Partnern och systemet som använder nyckeln, t.ex. "Region Skåne – kontaktkatalog".',
        'The partner and the system that uses the key, e.g. "Region Skåne – contact directory".',
      ),
    },
  },
  {
    name: 'contact',
    type: 'group',
    label: t('Kontakt hos partnern', 'Contact at the partner'),
    admin: {
      description: t('Vem vi kontaktar om nyckeln, t.ex. när den ska bytas eller har läckt.', 'Whom we contact about the key, e.g. when it is to be replaced or has leaked.'),
    },
    fields: [
      { name: 'organisation', type: 'text', required: true, label: t('Organisation', 'Organisation') },
      { name: 'person', type: 'text', label: t('Kontaktperson', 'Contact person') },
      emailField({ name: 'email', required: true, label: t('E-post', 'Email') }),
    ],
  },
  {
    name: 'quota',
    type: 'group',
    label: t('Kvot', 'Quota'),
    admin: {
      description: t(
        'Nyckelns egna gränser. Utan nyckel gäller 600 frågor i minuten, 10 beställningar och 20 prenumerationer i timmen per klientadress.',
        "The key's own limits. Without a key: 600 queries a minute, 10 orders and 20 subscriptions an hour per client address.",
      ),
    },
    fields: [
      quotaField(
        'queriesPerMinute',
        t('Frågor per minut', 'Queries per minute'),
        t('Per API-server; svar ur cachen räknas också.', 'Per API server; answers from the cache count too.'),
        { required: true },
      ),
      {
        name: 'submitsOnBehalf',
        type: 'checkbox',
        defaultValue: false,
        label: t('Skickar beställningar och prenumerationer åt många personer', 'Submits orders and subscriptions on behalf of many people'),
        admin: {
          description: t(
            'För en partners server som tar emot beställningar eller prenumerationer från många och skickar dem hit. Annars gäller gränserna utan nyckel, räknade för nyckeln.',
            "For a partner's server that takes orders or subscriptions from many people and sends them here. Otherwise the limits without a key apply, counted for the key.",
          ),
        },
      },
      quotaField('ordersPerHour', t('Beställningar per timme', 'Orders per hour'), t('Delas av alla API-servrar.', 'Shared by every API server.'), { condition: submitsOnBehalf }),
      quotaField('subscriptionsPerHour', t('Prenumerationer per timme', 'Subscriptions per hour'), t('Delas av alla API-servrar.', 'Shared by every API server.'), {
        condition: submitsOnBehalf,
      }),
    ],
  },
  {
    name: 'note',
    type: 'textarea',
    label: t('Anteckning', 'Note'),
    admin: { description: t('Till exempel avtal, ärendenummer eller varför kvoten är höjd.', 'For example the agreement, a case number or why the quota was raised.') },
  },
]

const systemWritten = { create: nobodyField, update: nobodyField }

const STATUS_LABELS: Record<ApiKeyStatus, Bilingual> = { active: t('Aktiv', 'Active'), revoked: t('Återkallad', 'Revoked') }

/**
 * What only the CMS writes (issuing and revoking, cms/db/api-keys.ts): the key's prefix, which names it, its state,
 * who issued and who revoked it. The key's hash is not a field: it lives in the API's table (API_KEY_HASHES_TABLE).
 */
export const stateFields: Field[] = [
  {
    name: 'keyPrefix',
    type: 'text',
    unique: true,
    access: systemWritten,
    label: t('Nyckeln börjar med', 'The key starts with'),
    admin: { position: 'sidebar', readOnly: true, description: t('Namnger nyckeln i loggar och samtal; inte hemligt.', 'Names the key in logs and conversations; not secret.') },
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'active',
    access: systemWritten,
    label: t('Status', 'Status'),
    options: API_KEY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
    admin: { position: 'sidebar', readOnly: true },
  },
  { name: 'issuedAt', type: 'date', access: systemWritten, label: t('Skapad', 'Issued'), admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  { name: 'issuedBy', type: 'relationship', relationTo: 'users', access: systemWritten, label: t('Skapad av', 'Issued by'), admin: { position: 'sidebar', readOnly: true } },
  {
    name: 'revokedAt',
    type: 'date',
    access: systemWritten,
    label: t('Återkallad', 'Revoked'),
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, condition: (data) => data?.status === 'revoked' },
  },
  {
    name: 'revokedBy',
    type: 'relationship',
    relationTo: 'users',
    access: systemWritten,
    label: t('Återkallad av', 'Revoked by'),
    admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'revoked' },
  },
]
