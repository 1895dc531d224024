import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'
import { requestDb } from '../../db/requestDb'
import { inLanguage, t } from '../../fields/i18n'
import { lockedSend } from '../../newsletter/sends'

const LOCKED = t('Numret är schemalagt eller skickat: avboka utskicket för att ändra det.', 'The issue is scheduled or sent: cancel the send to change it.')

/** "Nyhetsbrev december: Nytt stöd!" → "nyhetsbrev-december-nytt-stod"; letters with accents or dots lose them. */
function slugFrom(subject: string): string {
  return subject
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/**
 * An empty slug is made from the subject in the issue's first language (Swedish, or English for an English-only
 * issue) when that is the language being saved, with "-2", "-3" … when another issue has it.
 */
export const fillSlug: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data || (typeof data.slug === 'string' && data.slug) || (originalDoc as { slug?: string } | undefined)?.slug) return data
  const language: unknown = data.language ?? (originalDoc as { language?: unknown } | undefined)?.language ?? 'sv'
  const source = language === 'en' ? 'en' : 'sv'
  if ((req.locale ?? 'sv') !== source || typeof data.subject !== 'string') return data
  const base = slugFrom(data.subject)
  if (!base) return data
  for (let suffix = 1; suffix < 100; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`
    const taken = await req.payload.count({ collection: 'newsletter-issues', where: { slug: { equals: slug } }, overrideAccess: false, req })
    if (taken.totalDocs === 0) return { ...data, slug }
  }
  return data
}

async function refuseWhenLocked(req: PayloadRequest, id: number | string | undefined): Promise<void> {
  if (id === undefined) return
  const db = await requestDb(req)
  // Taken in the save's transaction: a schedule (which locks the same row) waits for it, or this waits for the schedule.
  await db.execute(sql`SELECT id FROM newsletter_issues WHERE id = ${Number(id)} FOR UPDATE`)
  if (await lockedSend(db, Number(id))) throw new APIError(inLanguage(LOCKED, req.i18n?.language), 409, undefined, true)
}

/** Once a send exists that is not cancelled, the issue is what was (or will be) sent: its content no longer changes. */
export const keepSentContent: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') await refuseWhenLocked(req, (originalDoc as { id?: number } | undefined)?.id)
  return data
}

export const keepSentIssue: CollectionBeforeDeleteHook = async ({ id, req }) => refuseWhenLocked(req, id)
