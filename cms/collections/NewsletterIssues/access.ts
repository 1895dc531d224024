import type { PayloadRequest } from 'payload'
import { forStaffWho, refuse } from '../../access/admin-endpoint'
import { hasRole } from '../../access/roles'
import { t } from '../../fields/i18n'
import { loadIssue, type LoadedIssue, type Version } from '../../newsletter/load'

const notFound = t('Numret finns inte.', 'The issue does not exist.')

/** Any signed-in staff member who can read the issue: preview, recipients' progress. */
export const forStaff = forStaffWho((user) => Boolean(user), 'newsletter-issues', { forbidden: t('Logga in först.', 'Log in first.'), notFound })

/** Those who write issues: editors and newsletter editors (a test mail to themselves). */
export const forWriters = forStaffWho((user) => hasRole(user, 'editor', 'newsletter-editor'), 'newsletter-issues', {
  forbidden: t('Bara redaktörer kan skicka ett test.', 'Only editors can send a test.'),
  notFound,
})

/** Those who send: administrators and newsletter editors. */
export const forSenders = forStaffWho((user) => hasRole(user, 'newsletter-editor'), 'newsletter-issues', {
  forbidden: t('Bara nyhetsbrevsredaktörer och administratörer skickar nyhetsbrev.', 'Only newsletter editors and administrators send newsletters.'),
  notFound,
})

/** The issue as the caller may read it, rendered in its languages (see loadIssue), or the 404 to answer. */
export const readableIssue = async (req: PayloadRequest, id: number, version: Version): Promise<LoadedIssue | Response> =>
  (await loadIssue(req, id, version)) ?? refuse(req, 404, notFound)
