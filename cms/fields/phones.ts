import type { ArrayField } from 'payload'
import { PHONE_TYPE_OPTIONS } from '../../contracts/select-values/contact'
import { t } from './i18n'
import { phoneHooks, validatePhone } from './validation/phone'

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
      admin: {
        description: t(
          'Med riktnummer, t.ex. "031-365 00 00", kortnummer som "114 14" eller utländskt med +. Sparas i standardform och visas grupperat.',
          'With the area code, e.g. "031-365 00 00", a short number such as "114 14", or a foreign one with +. Stored in standard form, shown grouped.',
        ),
      },
      // Stored as E.164 (short numbers as digits), shown as "031-365 00 00": contracts/validation/phone-number.ts.
      validate: validatePhone,
      hooks: phoneHooks,
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'office',
      label: t('Typ', 'Type'),
      options: [...PHONE_TYPE_OPTIONS],
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
