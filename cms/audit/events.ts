import { t, type Bilingual } from '../fields/i18n'

/**
 * The vocabulary of the audit trail, shared by the collection (select options) and the code that records events.
 * The migration's SQL writes the same values: a test reads the trail back through Payload, which refuses values
 * outside these lists.
 */
export const AUDITED_COLLECTIONS = [
  { slug: 'newsletter-subscribers', label: t('Nyhetsbrevsprenumeranter', 'Newsletter subscribers') },
  { slug: 'material-orders', label: t('Materialbeställningar', 'Material orders') },
] as const satisfies readonly { slug: string; label: Bilingual }[]

export const AUDIT_ACTIONS = [
  { value: 'create', label: t('Skapad', 'Created') },
  { value: 'update', label: t('Ändrad', 'Changed') },
  { value: 'delete', label: t('Raderad', 'Deleted') },
  { value: 'export', label: t('Exporterad', 'Exported') },
] as const satisfies readonly { value: string; label: Bilingual }[]

export const AUDIT_ACTOR_KINDS = [
  { value: 'staff', label: t('Personal', 'Staff') },
  { value: 'api', label: t('Publika API:t', 'Public API') },
  { value: 'database', label: t('Databasen direkt', 'The database directly') },
] as const satisfies readonly { value: string; label: Bilingual }[]

export type AuditedCollection = (typeof AUDITED_COLLECTIONS)[number]['slug']
