import type { CollectionConfig } from 'payload'
import { isAdmin, nobody } from '../access/roles'
import { AUDIT_ACTIONS, AUDIT_ACTOR_KINDS, AUDITED_COLLECTIONS } from '../audit/events'
import { t } from '../fields/i18n'

/**
 * Who changed, deleted or exported personal data (subscribers and orders), and when. Written by the database
 * itself (triggers from migration 20261212_100000_audit_events, and the CSV export through the same SQL function),
 * so that every path is recorded: the admin, the public API's own flows (the person's confirm, unsubscribe,
 * preferences and erasure, the order form, the retention job) and direct SQL. Rows name fields, never their
 * values: the trail must not become a second copy of what erasure removes. Administrators read it; nobody
 * changes it through Payload.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: t('Händelse', 'Audit event'), plural: t('Ändringslogg för personuppgifter', 'Personal data audit trail') },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'target', 'documentId', 'changedFields', 'actorKind', 'actorEmail'],
    group: t('Administration', 'Administration'),
    description: t(
      'Vem som ändrade, raderade eller exporterade personuppgifter och när. Visar fältens namn, aldrig deras värden.',
      'Who changed, deleted or exported personal data, and when. Shows the names of fields, never their values.',
    ),
  },
  fields: [
    {
      name: 'target',
      type: 'select',
      required: true,
      index: true,
      options: AUDITED_COLLECTIONS.map(({ slug, label }) => ({ value: slug, label })),
      label: t('Samling', 'Collection'),
      admin: { description: t('Var uppgifterna finns.', 'Where the data is kept.') },
    },
    {
      name: 'documentId',
      type: 'number',
      index: true,
      label: t('Dokument', 'Document'),
      admin: { description: t('Id för prenumeranten eller beställningen (tom vid export).', 'The id of the subscriber or order (empty for an export).') },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: AUDIT_ACTIONS.map(({ value, label }) => ({ value, label })),
      label: t('Händelse', 'Action'),
      admin: { description: t('Vad som hände.', 'What happened.') },
    },
    {
      name: 'changedFields',
      type: 'text',
      label: t('Fält', 'Fields'),
      admin: { description: t('Namnen på fälten som sattes eller ändrades (kolumnnamn).', 'The names of the fields set or changed (column names).') },
    },
    { name: 'detail', type: 'text', label: t('Detaljer', 'Detail'), admin: { description: t('T.ex. exportens ämne och antal rader.', "E.g. an export's topic and row count.") } },
    {
      name: 'actorKind',
      type: 'select',
      required: true,
      options: AUDIT_ACTOR_KINDS.map(({ value, label }) => ({ value, label })),
      label: t('Utförd av', 'Done by'),
      admin: {
        description: t(
          'Personal, det publika API:t (personen själv eller gallringen) eller databasen direkt.',
          'Staff, the public API (the person themselves or the retention job) or the database directly.',
        ),
      },
    },
    { name: 'actorId', type: 'number', label: t('Användar-id', 'User id'), admin: { description: t('Personalkontots id.', "The staff account's id.") } },
    {
      name: 'actorEmail',
      type: 'text',
      label: t('Användare', 'User'),
      admin: { description: t('Personalkontots e-post när händelsen skedde.', "The staff account's email at the time.") },
    },
    // Folds the row-level triggers of one transaction (a row and its topics or items) into one event per document.
    { name: 'transactionId', type: 'number', index: true, admin: { hidden: true } },
  ],
}
