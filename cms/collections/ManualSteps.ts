import type { CollectionConfig } from 'payload'
import { t } from '../fields/i18n'
import { editorial } from './content'

/** The six steps of Sweden's support and protection process ("Manual vid misstanke om människohandel"). */
export const ManualSteps: CollectionConfig = editorial({
  slug: 'manual-steps',
  labels: { singular: t('Steg i manualen', 'Manual step'), plural: t('Steg i manualen', 'Manual steps') },
  defaultSort: 'number',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', '_status'],
    group: t('Stöd', 'Support'),
    description: t(
      'Stöd- och skyddsprocessens sex steg, från identifiering till ett tryggt återvändande.',
      'The six steps of the support and protection process, from identification to a safe return.',
    ),
  },
  fields: [
    {
      name: 'number',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      max: 6,
      label: t('Stegnummer', 'Step number'),
      admin: { description: t('1–6; bestämmer ordningen.', '1–6; sets the order.') },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: t('Rubrik', 'Title'),
      admin: { description: t('T.ex. "Identifiering".', 'E.g. "Identification".') },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      label: t('Sammanfattning', 'Summary'),
      admin: { description: t('Vad steget innebär, kort.', 'What the step involves, briefly.') },
    },
    {
      name: 'responsibleOrganisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: t('Ansvariga aktörer', 'Responsible organisations'),
      admin: { description: t('Aktörer som ansvarar i steget.', 'The actors responsible in this step.') },
    },
  ],
})
