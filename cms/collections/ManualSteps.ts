import type { CollectionConfig } from 'payload'
import { PERMIT_APPLICANTS, RESIDENCE_PERMITS, type PermitApplicant, type ResidencePermit } from '../../contracts/select-values/facts'
import { t, type Bilingual } from '../fields/i18n'
import { editorial } from './content'

const PERMIT_LABELS: Record<ResidencePermit, Bilingual> = {
  'reflection-period': t('Betänketid', 'Reflection period'),
  'temporary-residence-permit': t('Tidsbegränsat uppehållstillstånd', 'Temporary residence permit'),
}

const APPLICANT_LABELS: Record<PermitApplicant, Bilingual> = {
  'social-welfare-board': t('Socialnämnden', 'The social welfare board'),
  'head-of-preliminary-investigation': t('Förundersökningsledaren', 'The head of the preliminary investigation'),
}

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
    {
      name: 'manual',
      type: 'relationship',
      relationTo: 'publications',
      label: t('Manualen', 'The manual'),
      admin: {
        description: t(
          'Publikationen "Manual vid misstanke om människohandel", där steget beskrivs i sin helhet.',
          'The publication "Manual vid misstanke om människohandel", which describes the step in full.',
        ),
      },
    },
    {
      name: 'residencePermits',
      type: 'array',
      label: t('Betänketid och uppehållstillstånd', 'Reflection period and residence permits'),
      labels: { singular: t('Regel', 'Rule'), plural: t('Regler', 'Rules') },
      admin: {
        description: t(
          'Vem som kan ansöka hos Migrationsverket om betänketid eller tidsbegränsat uppehållstillstånd i det här steget.',
          'Who can apply to the Migration Agency for a reflection period or a temporary residence permit in this step.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'permit',
              type: 'select',
              required: true,
              label: t('Vad', 'What'),
              options: RESIDENCE_PERMITS.map((value) => ({ value, label: PERMIT_LABELS[value] })),
              admin: { description: t('Betänketid eller uppehållstillstånd.', 'Reflection period or residence permit.') },
            },
            {
              name: 'applicant',
              type: 'select',
              required: true,
              label: t('Vem ansöker', 'Who applies'),
              options: PERMIT_APPLICANTS.map((value) => ({ value, label: APPLICANT_LABELS[value] })),
              admin: { description: t('Den som får ansöka.', 'Who may apply.') },
            },
          ],
        },
        {
          name: 'applicantOrganisations',
          type: 'relationship',
          relationTo: 'organisations',
          hasMany: true,
          label: t('Sökandens organisationer', "Applicant's organisations"),
          admin: {
            description: t(
              'Där den sökande finns: socialtjänsten, eller polisen och åklagaren (förundersökningsledaren).',
              'Where the applicant works: social services, or the police and the prosecutor (head of the preliminary investigation).',
            ),
          },
        },
        {
          name: 'decidedBy',
          type: 'relationship',
          relationTo: 'organisations',
          label: t('Beslutas av', 'Decided by'),
          admin: { description: t('Myndigheten som prövar ansökan (Migrationsverket).', 'The agency that decides (the Migration Agency).') },
        },
        {
          name: 'appliesTo',
          type: 'textarea',
          localized: true,
          required: true,
          label: t('För vem', 'For whom'),
          admin: { description: t('Vilka personer regeln gäller.', 'Which people the rule is for.') },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'durationDays',
              type: 'number',
              min: 1,
              label: t('Längd i dagar', 'Length in days'),
              admin: { description: t('T.ex. 30; tomt om broschyren inte anger det.', 'E.g. 30; empty where the brochure does not say.') },
            },
            {
              name: 'availableSince',
              type: 'date',
              label: t('Gäller sedan', 'Available since'),
              admin: { description: t('T.ex. 2022-08-01.', 'E.g. 2022-08-01.'), date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        {
          name: 'formsUrl',
          type: 'text',
          label: t('Ansökningsblanketter', 'Application forms'),
          admin: { description: t('Länk till blanketterna på Migrationsverkets webbplats.', "Link to the forms on the Migration Agency's website.") },
        },
      ],
    },
  ],
})
