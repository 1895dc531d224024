import type { CollectionConfig } from 'payload'
import { readCoordinatorChecks } from '../access/coordinator-checks'
import { isAdmin, nobody } from '../access/roles'
import { CHECK_STATUSES, type CheckStatus } from '../../contracts/coordinator-checks'
import { runChecksEndpoint } from '../coordinators/runEndpoint'
import { emailLocaleField } from '../fields/emailLocale'
import { t, type Bilingual } from '../fields/i18n'

const CHECK_STATUS_LABELS: Record<CheckStatus, Bilingual> = {
  sent: t('Skickad', 'Sent'),
  reminded: t('Påmind', 'Reminded'),
  escalated: t('Inget svar', 'No answer'),
  confirmed: t('Bekräftad', 'Confirmed'),
  changed: t('Ändring föreslagen', 'Change proposed'),
  expired: t('Utgången', 'Expired'),
}

const stamp = (name: string, label: Bilingual, description: Bilingual): CollectionConfig['fields'][number] => ({
  name,
  type: 'date',
  label,
  admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description },
})

/**
 * One row per request a coordinator was sent to confirm or correct their details (issue 15). The CMS creates
 * them on its schedule and applies confirmations; the public API writes the coordinator's answer
 * (contracts/coordinator-checks.ts). Nobody changes them through Payload; administrators may delete one.
 */
export const CoordinatorChecks: CollectionConfig = {
  slug: 'coordinator-checks',
  labels: { singular: t('Uppgiftskontroll', 'Details check'), plural: t('Uppgiftskontroller', 'Details checks') },
  access: { read: readCoordinatorChecks, create: nobody, update: nobody, delete: isAdmin },
  graphQL: false,
  defaultSort: '-createdAt',
  endpoints: [runChecksEndpoint],
  admin: {
    defaultColumns: ['coordinator', 'region', 'status', 'sentAt', 'answeredAt'],
    group: t('Kontakter', 'Contacts'),
    description: t(
      'Förfrågningar till koordinatorerna att bekräfta eller rätta sina kontaktuppgifter. Skickas automatiskt; ingen ändrar dem här.',
      'Requests to the coordinators to confirm or correct their contact details. Sent automatically; nobody edits them here.',
    ),
  },
  fields: [
    {
      name: 'coordinator',
      type: 'relationship',
      relationTo: 'coordinators',
      required: true,
      index: true,
      label: t('Regionkoordinator', 'Regional coordinator'),
      admin: { readOnly: true, description: t('Koordinatorn som ombads bekräfta sina uppgifter.', 'The coordinator asked to confirm their details.') },
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: t('Region', 'Region'),
      admin: { readOnly: true, description: t('Koordinatorns region när förfrågan skickades.', "The coordinator's region when the request went out.") },
    },
    emailLocaleField(t('Språket för e-post och formulär till koordinatorn.', 'The language of the emails and the form for the coordinator.'), {
      position: 'sidebar',
      readOnly: true,
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sent',
      index: true,
      label: t('Status', 'Status'),
      options: CHECK_STATUSES.map((value) => ({ value, label: CHECK_STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t(
          'Skickad → påmind → inget svar (redaktörerna meddelas) → utgången; eller bekräftad / ändring föreslagen när koordinatorn svarar.',
          'Sent → reminded → no answer (editors are told) → expired; or confirmed / change proposed when the coordinator answers.',
        ),
      },
    },
    stamp('sentAt', t('Skickad', 'Sent'), t('När förfrågan lades i utkorgen.', 'When the request was queued for sending.')),
    stamp('remindedAt', t('Påmind', 'Reminded'), t('När påminnelsen lades i utkorgen.', 'When the reminder was queued for sending.')),
    stamp('escalatedAt', t('Eskalerad', 'Escalated'), t('När regionredaktörerna och administratörerna meddelades.', 'When the regional editors and administrators were told.')),
    stamp('answeredAt', t('Besvarad', 'Answered'), t('När koordinatorn svarade.', 'When the coordinator answered.')),
    stamp(
      'appliedAt',
      t('Registrerad', 'Applied'),
      t('När en bekräftelse skrevs in som kontroll av koordinatorn.', 'When a confirmation was recorded on the coordinator as a verification.'),
    ),
  ],
}
