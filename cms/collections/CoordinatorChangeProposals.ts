import type { CollectionConfig } from 'payload'
import { readCoordinatorChecks } from '../access/coordinator-checks'
import { isAdmin, nobody } from '../access/roles'
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../contracts/coordinator-checks'
import { acceptProposal, rejectProposal } from '../coordinators/decideEndpoints'
import { emailLocaleField } from '../fields/emailLocale'
import { t, type Bilingual } from '../fields/i18n'

const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, Bilingual> = {
  pending: t('Väntar på beslut', 'Pending'),
  accepted: t('Godtagen', 'Accepted'),
  rejected: t('Avslagen', 'Rejected'),
}

/**
 * A coordinator's correction of their own details, sent through the check's form (the public API writes it).
 * Never published as it is: an editor accepts it (applied to the coordinator as a draft they then publish) or
 * rejects it with a note the coordinator is emailed. Both through the endpoints below; nothing else changes a row.
 */
export const CoordinatorChangeProposals: CollectionConfig = {
  slug: 'coordinator-change-proposals',
  labels: { singular: t('Ändringsförslag', 'Change proposal'), plural: t('Ändringsförslag från koordinatorer', 'Change proposals from coordinators') },
  access: { read: readCoordinatorChecks, create: nobody, update: nobody, delete: isAdmin },
  graphQL: false,
  defaultSort: '-createdAt',
  endpoints: [acceptProposal, rejectProposal],
  admin: {
    defaultColumns: ['coordinator', 'region', 'status', 'createdAt', 'decidedAt'],
    group: t('Kontakter', 'Contacts'),
    description: t(
      'Ändringar som koordinatorerna själva föreslagit. Godta eller avslå dem på startsidan.',
      'Changes the coordinators proposed themselves. Accept or reject them on the dashboard.',
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
      admin: { readOnly: true, description: t('Koordinatorn vars uppgifter förslaget gäller.', 'The coordinator whose details the proposal concerns.') },
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: t('Region', 'Region'),
      admin: { readOnly: true, description: t('Koordinatorns region när förslaget kom in.', "The coordinator's region when the proposal arrived.") },
    },
    {
      name: 'check',
      type: 'relationship',
      relationTo: 'coordinator-checks',
      index: true,
      label: t('Uppgiftskontroll', 'Details check'),
      admin: { readOnly: true, description: t('Förfrågan som koordinatorn svarade på.', 'The request the coordinator answered.') },
    },
    emailLocaleField(t('Språket förslaget gjordes på; arbetsgivaren gäller den språkversionen.', 'The language of the proposal; the employer is for that language version.'), {
      position: 'sidebar',
      readOnly: true,
    }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: PROPOSAL_STATUSES.map((value) => ({ value, label: PROPOSAL_STATUS_LABELS[value] })),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: t('Ändras bara med knapparna Godta och Avslå på startsidan.', 'Changed only with the Accept and Reject buttons on the dashboard.'),
      },
    },
    {
      name: 'proposed',
      type: 'json',
      required: true,
      label: t('Föreslagna uppgifter', 'Proposed details'),
      admin: { readOnly: true, description: t('Uppgifterna som koordinatorn skickade in.', 'The details the coordinator sent.') },
    },
    {
      name: 'current',
      type: 'json',
      required: true,
      label: t('Publicerade uppgifter', 'Published details'),
      admin: {
        readOnly: true,
        description: t('De publicerade uppgifterna när förslaget kom in, för jämförelse.', 'The published details when the proposal arrived, for comparison.'),
      },
    },
    {
      name: 'comment',
      type: 'textarea',
      label: t('Kommentar', 'Comment'),
      admin: { readOnly: true, description: t('Koordinatorns egen kommentar, om någon.', "The coordinator's own comment, if any.") },
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      label: t('Motivering', 'Decision note'),
      admin: {
        readOnly: true,
        description: t('Redaktörens motivering; vid avslag mejlas den till koordinatorn.', "The editor's note; on rejection it is emailed to the coordinator."),
      },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: t('Beslutad av', 'Decided by'),
      admin: { readOnly: true, position: 'sidebar', description: t('Redaktören som godtog eller avslog.', 'The editor who accepted or rejected.') },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: t('Beslutad', 'Decided'),
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: t('När beslutet fattades.', 'When the decision was made.') },
    },
  ],
}
