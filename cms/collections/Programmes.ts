import type { CollectionConfig } from 'payload'
import { FUNDING_SHARES, type FundingShare } from '../../contracts/select-values/facts'
import { t, type Bilingual } from '../fields/i18n'
import { slugField } from '../fields/slug'
import { editorial } from './content'

const SHARE_LABELS: Record<FundingShare, Bilingual> = {
  full: t('Finansierar hela programmet', 'Funds the whole programme'),
  contribution: t('Bidrar med medel', 'Contributes funding'),
}

/** Support programmes for victims: the return programme ÅMP and the national support programme NSP. */
export const Programmes: CollectionConfig = editorial({
  slug: 'programmes',
  labels: { singular: t('Stödprogram', 'Programme'), plural: t('Stödprogram', 'Programmes') },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'operator', '_status'],
    group: t('Stöd', 'Support'),
    description: t('Program som ger stöd till offer för människohandel.', 'Programmes that support victims of human trafficking.'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: t('Namn', 'Name'),
      admin: { description: t('Programmets fullständiga namn.', "The programme's full name.") },
    },
    slugField(),
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: t('Förkortning', 'Short name'),
      admin: { description: t('T.ex. "ÅMP" eller "NSP".', 'E.g. "ÅMP" or "NSP".') },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      label: t('Sammanfattning', 'Summary'),
      admin: { description: t('Vad programmet är, i två–tre meningar.', 'What the programme is, in two or three sentences.') },
    },
    {
      name: 'operator',
      type: 'relationship',
      relationTo: 'organisations',
      label: t('Drivs av', 'Operated by'),
      admin: { description: t('Organisationen som driver programmet.', 'The organisation that runs the programme.') },
    },
    {
      name: 'funding',
      type: 'array',
      label: t('Finansiering', 'Funding'),
      labels: { singular: t('Finansiär', 'Funder'), plural: t('Finansiärer', 'Funders') },
      admin: {
        description: t(
          'En rad per organisation som finansierar programmet. "Bidrar" när den inte är ensam finansiär (t.ex. NSP).',
          'One row per organisation that funds the programme. "Contributes" when it is not the only funder (e.g. NSP).',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'organisation',
              type: 'relationship',
              relationTo: 'organisations',
              required: true,
              label: t('Organisation', 'Organisation'),
              admin: { description: t('Vem som finansierar.', 'Who funds it.') },
            },
            {
              name: 'share',
              type: 'select',
              required: true,
              defaultValue: 'contribution',
              label: t('Andel', 'Share'),
              options: FUNDING_SHARES.map((value) => ({ value, label: SHARE_LABELS[value] })),
              admin: { description: t('Hela finansieringen eller ett bidrag.', 'The whole funding or a contribution.') },
            },
          ],
        },
      ],
    },
    {
      name: 'eligibility',
      type: 'textarea',
      localized: true,
      label: t('Vem kan få stöd', 'Who is eligible'),
      admin: { description: t('Målgruppen och villkoren.', 'The target group and conditions.') },
    },
    {
      name: 'supportOffered',
      type: 'array',
      label: t('Stöd som erbjuds', 'Support offered'),
      labels: { singular: t('Stödinsats', 'Form of support'), plural: t('Stödinsatser', 'Forms of support') },
      admin: { description: t('En rad per insats.', 'One row per form of support.') },
      fields: [
        {
          name: 'item',
          type: 'text',
          required: true,
          localized: true,
          label: t('Insats', 'Support'),
          admin: { description: t('T.ex. "Praktiskt stöd för hemresa".', 'E.g. "Practical help with the journey home".') },
        },
      ],
    },
    {
      name: 'howToApply',
      type: 'textarea',
      localized: true,
      label: t('Så ansöker man', 'How to apply'),
      admin: { description: t('Vem man kontaktar och hur.', 'Whom to contact and how.') },
    },
    {
      name: 'website',
      type: 'text',
      label: t('Webbplats', 'Website'),
      admin: { description: t('Valfri länk till programmets sida.', "Optional link to the programme's page.") },
    },
  ],
})
