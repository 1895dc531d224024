import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug'
import { t } from '../fields/i18n'
import { editorial, referenceAccess } from './content'

/** The seven police regions, which the regional coordinators' areas follow. */
export const Regions: CollectionConfig = editorial({
  slug: 'regions',
  labels: { singular: t('Region', 'Region'), plural: t('Regioner', 'Regions') },
  access: referenceAccess,
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status'],
    group: t('Geografi', 'Geography'),
    description: t(
      'Polisens sju regioner. Regionkoordinatorerna arbetar efter samma indelning.',
      "The Police's seven regions. The regional coordinators work to the same division.",
    ),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('Regionens namn, t.ex. "Väst".', 'The region\'s name, e.g. "West".') },
    },
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Kort text om regionen för webbplatsen.', 'A short text about the region for the website.') },
    },
    {
      name: 'counties',
      type: 'join',
      collection: 'counties',
      on: 'region',
      label: t('Län i regionen', 'Counties in the region'),
      admin: { description: t('Länen som hör till regionen (ändras på länet).', 'The counties in this region (edit on the county).') },
    },
    {
      name: 'coordinators',
      type: 'join',
      collection: 'coordinators',
      on: 'region',
      // Sorting a join by a localized field (the coordinators' default, title) produces invalid SQL in Payload 3.90.
      defaultSort: 'createdAt',
      label: t('Regionkoordinatorer', 'Regional coordinators'),
      admin: { description: t('Koordinatorer som arbetar i regionen.', 'Coordinators working in this region.') },
    },
  ],
})
