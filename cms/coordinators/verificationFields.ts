import type { Field, FieldHook } from 'payload'
import { staffField } from '../access/roles'
import { t } from '../fields/i18n'

/** Set in `context` by the verify endpoint: the only writer of who and when for a signed-in caller. */
export const VERIFY_CONTEXT = 'nspmVerifyCoordinator'

/**
 * Who verified and when are an audit trail: typed by hand they would say nothing (anyone could enter a date
 * that hides a stale record, or name someone else). So a signed-in caller's value is replaced by the stored one
 * unless the verify endpoint writes it; on create that leaves a new coordinator unverified, as it is. Callers
 * without a user (the seed, migrations) are the system and may set them.
 */
const onlyThroughVerify: FieldHook = ({ value, previousValue, req, context }) => {
  if (!req.user || context[VERIFY_CONTEXT] === true) return value
  return previousValue ?? null
}

/** The sidebar's verification block: the button, then when and by whom (read-only: the button writes them). */
export const verificationFields = (): Field[] => [
  {
    name: 'verify',
    type: 'ui',
    label: t('Markera som kontrollerad', 'Mark as verified'),
    admin: {
      position: 'sidebar',
      // A UI field has no description of its own: the button shows its explanation (VerifyCoordinatorButton.tsx).
      components: { Field: '/components/VerifyCoordinatorButton#VerifyCoordinatorButton' },
      disableListColumn: true,
      disableBulkEdit: true,
    },
  },
  {
    name: 'lastVerifiedAt',
    type: 'date',
    index: true,
    label: t('Senast kontrollerad', 'Last verified'),
    hooks: { beforeChange: [onlyThroughVerify] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      components: { Cell: '/components/LastVerifiedCell#LastVerifiedCell' },
      description: t(
        'När kontaktuppgifterna senast bekräftades. Sätts med knappen "Markera som kontrollerad".',
        'When the contact details were last confirmed. Set with the "Mark as verified" button.',
      ),
    },
  },
  {
    name: 'verifiedBy',
    type: 'relationship',
    relationTo: 'users',
    label: t('Kontrollerad av', 'Verified by'),
    access: { read: staffField },
    hooks: { beforeChange: [onlyThroughVerify] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: t('Vem som bekräftade uppgifterna. Sätts med knappen.', 'Who confirmed the details. Set by the button.'),
    },
  },
]
