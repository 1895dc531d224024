import type { CollectionBeforeChangeHook, RelationshipField } from 'payload'
import { staffField } from '../access/roles'
import { t } from './i18n'

/**
 * Who saved this version. Payload's versions keep every snapshot; with this field in the snapshot the history
 * tab answers "who changed what". Staff-only: the public endpoints never see user identities.
 */
export const updatedByField = (): RelationshipField => ({
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: t('Senast ändrad av', 'Last changed by'),
  // No create/update rule: recordEditor overwrites whatever a client sends, after field access would have run.
  access: { read: staffField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: t('Sätts automatiskt när någon sparar.', 'Set automatically whenever someone saves.'),
  },
})

export const recordEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user?.collection === 'users') return { ...data, updatedBy: req.user.id }
  return data
}
