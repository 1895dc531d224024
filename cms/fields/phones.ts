import type { ArrayField } from 'payload'
import { t } from './i18n'

export const PHONE_TYPES = ['office', 'mobile', 'switchboard', 'sms'] as const

/** Phone numbers with their kind, in the order a caller should try them. */
export const phonesField = (): ArrayField => ({
  name: 'phones',
  type: 'array',
  label: t('Telefonnummer', 'Phone numbers'),
  labels: { singular: t('Telefonnummer', 'Phone number'), plural: t('Telefonnummer', 'Phone numbers') },
  admin: {
    description: t('Numren i den ordning man ska ringa dem.', 'The numbers in the order callers should try them.'),
  },
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      label: t('Nummer', 'Number'),
      admin: { description: t('Svenskt nummer, t.ex. "031-365 00 00".', 'A Swedish number, e.g. "031-365 00 00".') },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\+?[0-9][0-9 \-()]{4,20}$/.test(value.trim())
          ? true
          : 'Ange ett telefonnummer med siffror / Enter a phone number in digits',
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'office',
      label: t('Typ', 'Type'),
      options: [
        { value: 'office', label: t('Direktnummer', 'Direct line') },
        { value: 'mobile', label: t('Mobil', 'Mobile') },
        { value: 'switchboard', label: t('Växel', 'Switchboard') },
        { value: 'sms', label: t('Endast sms', 'Text messages only') },
      ],
      admin: { description: t('Vilken sorts nummer det är.', 'What kind of number this is.') },
    },
    {
      name: 'label',
      type: 'text',
      localized: true,
      label: t('Etikett', 'Label'),
      admin: { description: t('Valfri förklaring, t.ex. "Vardagar 8–16".', 'Optional note, e.g. "Weekdays 8–16".') },
    },
  ],
})
