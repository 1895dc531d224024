import type { CollectionConfig } from 'payload'
import { t } from '../fields/i18n'
import { slugField } from '../fields/slug'
import { editorial } from './content'

/** Knowledge articles: the reflection period, "Du kan göra skillnad", learning resources. */
export const Pages: CollectionConfig = editorial({
  slug: 'pages',
  labels: { singular: t('Artikel', 'Article'), plural: t('Artiklar', 'Articles') },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt', '_status'],
    group: t('Kunskap', 'Knowledge'),
    description: t('Kunskapsartiklar med löptext och länkar.', 'Knowledge articles with body text and links.'),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: t('Rubrik', 'Title'),
      admin: { description: t('Artikelns rubrik.', "The article's title.") },
    },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: t('Ingress', 'Summary'),
      admin: { description: t('En–två meningar som visas i listor och sökträffar.', 'One or two sentences shown in lists and search results.') },
    },
    {
      name: 'content',
      type: 'richText',
      required: true,
      localized: true,
      label: t('Innehåll', 'Content'),
      admin: { description: t('Artikelns löptext.', "The article's body text.") },
    },
    {
      name: 'links',
      type: 'array',
      label: t('Länkar', 'Links'),
      labels: { singular: t('Länk', 'Link'), plural: t('Länkar', 'Links') },
      admin: { description: t('Vidare läsning och resurser.', 'Further reading and resources.') },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: t('Länktext', 'Link text'),
          admin: { description: t('Vad länken leder till.', 'What the link leads to.') },
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: t('Adress', 'Address'),
          admin: { description: t('Fullständig adress med https://.', 'Full address with https://.') },
          validate: (value: unknown) =>
            typeof value === 'string' && /^https?:\/\/\S+$/.test(value) ? true : 'Ange en adress som börjar med https:// / Enter an address starting with https://',
        },
      ],
    },
  ],
})
