import type { CollectionConfig } from 'payload'
import { t } from '../fields/i18n'
import { slugField } from '../fields/slug'
import { editorial } from './content'

/** The glossary: the brochure's concepts with their definitions. */
export const Concepts: CollectionConfig = editorial({
  slug: 'concepts',
  labels: { singular: t('Begrepp', 'Concept'), plural: t('Begrepp', 'Concepts') },
  defaultSort: 'term',
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'slug', '_status'],
    group: t('Kunskap', 'Knowledge'),
    description: t('Begrepp och definitioner.', 'Concepts and their definitions.'),
  },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      localized: true,
      label: t('Begrepp', 'Term'),
      admin: { description: t('T.ex. "Människohandel".', 'E.g. "Trafficking in human beings".') },
    },
    slugField(),
    {
      name: 'definition',
      type: 'textarea',
      required: true,
      localized: true,
      label: t('Definition', 'Definition'),
      admin: { description: t('Definitionen i klartext.', 'The definition in plain language.') },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'concepts',
      hasMany: true,
      label: t('Relaterade begrepp', 'Related concepts'),
      admin: { description: t('Begrepp som hör ihop med detta.', 'Concepts connected to this one.') },
    },
  ],
})
