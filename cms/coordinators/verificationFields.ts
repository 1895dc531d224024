import type { Field, FieldHook } from 'payload'
import { staffField } from '../access/roles'
import { t } from '../fields/i18n'
import type { Coordinator } from '../payload-types'

/** Set in `context` by the verify endpoint and the check cycle: the only writers of who, when and how. */
export const VERIFY_CONTEXT = 'nspmVerifyCoordinator'

/**
 * Who verified and when are an audit trail: typed by hand they would say nothing (anyone could enter a date
 * that hides a stale record, or name someone else). So a signed-in caller's value is replaced by the stored one
 * unless the verify endpoint writes it; on create that leaves a new coordinator unverified, as it is. Callers
 * without a user (the seed, migrations) are the system and may set them.
 */
const onlyThroughVerify: FieldHook<Coordinator, unknown> = ({ value, previousValue, req, context }) => {
  if (!req.user || context[VERIFY_CONTEXT] === true) return value
  return previousValue ?? null
}

/** The sidebar's verification block: the button, then when, by whom and how (read-only: the button and the check cycle write them). */
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
  {
    name: 'verifiedVia',
    type: 'select',
    label: t('Kontrollerad genom', 'Verified via'),
    options: [
      { value: 'editor', label: t('Redaktör (knappen)', 'An editor (the button)') },
      { value: 'coordinator-email', label: t('Koordinatorn själv via e-post', 'The coordinator by email') },
    ],
    hooks: { beforeChange: [onlyThroughVerify] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: t(
        'Hur den senaste kontrollen gjordes: av en redaktör med knappen eller av koordinatorn själv som svar på den automatiska förfrågan.',
        'How the last verification was made: by an editor with the button, or by the coordinator answering the automatic request.',
      ),
    },
  },
]
