import type { CollectionConfig } from 'payload'
import { t, type Bilingual } from '../fields/i18n'
import { AUDIENCES, PUBLICATION_LANGUAGES, PUBLICATION_TYPES, type Audience, type PublicationLanguage, type PublicationType } from '../../contracts/select-values/publications'
import { slugField } from '../fields/slug'
import { editorial } from './content'

const TYPE_LABELS: Record<PublicationType, Bilingual> = {
  report: t('Rapport', 'Report'),
  manual: t('Manual', 'Manual'),
  brochure: t('Broschyr', 'Brochure'),
  'information-material': t('Informationsmaterial', 'Information material'),
  poster: t('Affisch', 'Poster'),
}

const AUDIENCE_LABELS: Record<Audience, Bilingual> = {
  professionals: t('Yrkesverksamma', 'Professionals'),
  'at-risk': t('Personer som riskerar att utnyttjas', 'People at risk of exploitation'),
  public: t('Allmänheten', 'The public'),
}

const LANGUAGE_LABELS: Record<PublicationLanguage, Bilingual> = {
  sv: t('Svenska', 'Swedish'),
  en: t('Engelska', 'English'),
  ar: t('Arabiska', 'Arabic'),
  ro: t('Rumänska', 'Romanian'),
  ru: t('Ryska', 'Russian'),
  th: t('Thailändska', 'Thai'),
  uk: t('Ukrainska', 'Ukrainian'),
  es: t('Spanska', 'Spanish'),
  fr: t('Franska', 'French'),
}

/** Reports and information material; printed material can be ordered by the public. */
export const Publications: CollectionConfig = editorial({
  slug: 'publications',
  labels: { singular: t('Publikation', 'Publication'), plural: t('Publikationer', 'Publications') },
  defaultSort: '-publishedOn',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'orderable', 'inStock', '_status'],
    group: t('Kunskap', 'Knowledge'),
    description: t('Rapporter och informationsmaterial, digitalt och tryckt.', 'Reports and information material, digital and printed.'),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: t('Titel', 'Title'),
      admin: { description: t('Publikationens titel.', "The publication's title.") },
    },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: t('Sammanfattning', 'Summary'),
      admin: { description: t('Vad publikationen handlar om.', 'What the publication is about.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          index: true,
          label: t('Typ', 'Type'),
          options: PUBLICATION_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] })),
          admin: { description: t('Vilken sorts publikation.', 'What kind of publication.') },
        },
        {
          name: 'publishedOn',
          type: 'date',
          label: t('Utgivningsdatum', 'Publication date'),
          admin: { description: t('När publikationen gavs ut.', 'When it was published.') },
        },
      ],
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      label: t('Målgrupp', 'Audience'),
      options: AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })),
      admin: { description: t('Vilka publikationen riktar sig till.', 'Who the publication is for.') },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: t('Språk', 'Languages'),
      defaultValue: ['sv'],
      options: PUBLICATION_LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      admin: { description: t('Språk som publikationen finns på.', 'Languages the publication is available in.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          label: t('Fil', 'File'),
          admin: { description: t('PDF att ladda ner.', 'PDF to download.') },
        },
        {
          name: 'url',
          type: 'text',
          label: t('Länk', 'Link'),
          admin: { description: t('Eller en länk till publikationen.', 'Or a link to the publication.') },
        },
      ],
    },
    {
      type: 'collapsible',
      label: t('Tryckt material', 'Printed material'),
      fields: [
        {
          name: 'orderable',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: t('Kan beställas', 'Orderable'),
          admin: { description: t('Visas i beställningskatalogen.', 'Listed in the order catalogue.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'articleNumber',
              type: 'text',
              unique: true,
              label: t('Artikelnummer', 'Article number'),
              admin: { description: t('Lagrets artikelnummer.', "The warehouse's article number.") },
            },
            {
              name: 'maxQuantityPerOrder',
              type: 'number',
              min: 1,
              max: 1000,
              defaultValue: 50,
              label: t('Max antal per beställning', 'Maximum per order'),
              admin: { description: t('Högsta antal exemplar i en beställning.', 'Most copies allowed in one order.') },
            },
            {
              name: 'inStock',
              type: 'checkbox',
              defaultValue: true,
              label: t('Finns i lager', 'In stock'),
              admin: { description: t('Avmarkera när det tagit slut.', 'Untick when it has run out.') },
            },
          ],
        },
      ],
    },
  ],
})
