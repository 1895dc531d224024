import type { CollectionConfig } from 'payload'
import { t } from '../fields/i18n'
import { validateCountyCode } from '../fields/validation/scb-codes'
import { editorial, referenceAccess } from './content'

/** The 21 counties (län) with their SCB codes; each belongs to one police region. */
export const Counties: CollectionConfig = editorial({
  slug: 'counties',
  labels: { singular: t('Län', 'County'), plural: t('Län', 'Counties') },
  access: referenceAccess,
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'region'],
    group: t('Geografi', 'Geography'),
    description: t('Sveriges 21 län med SCB:s länskod.', "Sweden's 21 counties with Statistics Sweden's county code."),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('T.ex. "Västra Götalands län".', 'E.g. "Västra Götaland County".') },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: t('Länskod (SCB)', 'County code (SCB)'),
      admin: { description: t('Två siffror enligt SCB, t.ex. "14".', 'Two digits from Statistics Sweden, e.g. "14".') },
      validate: validateCountyCode,
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      index: true,
      label: t('Polisregion', 'Police region'),
      admin: { description: t('Regionen som länet hör till.', 'The region this county belongs to.') },
    },
    {
      name: 'municipalities',
      type: 'join',
      collection: 'municipalities',
      on: 'county',
      label: t('Kommuner', 'Municipalities'),
      admin: { description: t('Kommunerna i länet.', 'The municipalities in this county.') },
    },
  ],
})
