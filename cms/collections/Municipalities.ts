import type { CollectionConfig } from 'payload'
import { t } from '../fields/i18n'
import { validateMunicipalityCode } from '../fields/validation/scb-codes'
import { editorial, referenceAccess } from './content'

/** Sweden's 290 municipalities with SCB codes; the region follows from the county. */
export const Municipalities: CollectionConfig = editorial({
  slug: 'municipalities',
  labels: { singular: t('Kommun', 'Municipality'), plural: t('Kommuner', 'Municipalities') },
  access: referenceAccess,
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'county'],
    group: t('Geografi', 'Geography'),
    listSearchableFields: ['name', 'code'],
    description: t('Sveriges 290 kommuner med SCB:s kommunkod.', "Sweden's 290 municipalities with Statistics Sweden's code."),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      index: true,
      label: t('Namn', 'Name'),
      admin: { description: t('Kommunens namn, t.ex. "Göteborg".', 'The municipality\'s name, e.g. "Göteborg".') },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: t('Kommunkod (SCB)', 'Municipality code (SCB)'),
      admin: { description: t('Fyra siffror enligt SCB, t.ex. "1480".', 'Four digits from Statistics Sweden, e.g. "1480".') },
      // Checks the first two digits against the chosen county's code.
      validate: validateMunicipalityCode,
    },
    {
      name: 'county',
      type: 'relationship',
      relationTo: 'counties',
      required: true,
      index: true,
      label: t('Län', 'County'),
      admin: { description: t('Länet som kommunen ligger i.', 'The county the municipality lies in.') },
    },
  ],
})
