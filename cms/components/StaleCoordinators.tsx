import type { ServerProps, Where } from 'payload'
import React from 'react'
import { regionalOnly } from '../access/coordinators'
import { hasRole } from '../access/roles'
import { staleLabel, staleWhere, toDate } from '../coordinators/staleness'
import { cmsEnv } from '../env'
import { adminLanguage, t } from '../fields/i18n'

const SHOWN = 20

const L = {
  title: t('Kontaktuppgifter att kontrollera', 'Contact details to verify'),
  intro: (months: number) =>
    t(
      `Regionkoordinatorer som ingen har markerat som kontrollerade på ${months} månader eller mer, äldst först.`,
      `Regional coordinators nobody has marked as verified for ${months} months or more, oldest first.`,
    ),
  none: t('Alla kontaktuppgifter är kontrollerade.', 'All contact details are verified.'),
  more: (count: number) => t(`… och ${count} till.`, `… and ${count} more.`),
  // Sorted ascending, which PostgreSQL ends with the never-verified ones (the panel lists those first).
  all: t('Alla regionkoordinatorer, efter senast kontrollerad', 'All regional coordinators, by last verification'),
  search: t('Sök regionkoordinator (titel eller namn)', 'Find a coordinator (title or name)'),
  find: t('Sök', 'Search'),
  coordinator: t('Regionkoordinator', 'Coordinator'),
  region: t('Region', 'Region'),
  verified: t('Senast kontrollerad', 'Last verified'),
}

/**
 * Dashboard panel (admin.components.beforeDashboard) for those who keep coordinators current: the stale ones,
 * each a link to its edit view, and the full list sorted by last verification (the list's search finds the
 * rest: any coordinator is two clicks away). Read with the viewer's own rights; a regional editor sees their region.
 */
export async function StaleCoordinators({ payload, user, i18n, locale }: ServerProps) {
  if (!hasRole(user ?? null, 'editor', 'regional-editor')) return null
  const { say, date: day } = adminLanguage(i18n.language)
  const now = new Date()
  const months = cmsEnv.verifyAfterMonths
  const region = regionalOnly(user ?? null)
  const where: Where = region ? { and: [staleWhere(now, months), { region: { equals: region } }] } : staleWhere(now, months)
  // draft: true, as the admin's list: an editor's latest version, where a verification of pending changes lives.
  const { docs, totalDocs } = await payload.find({
    collection: 'coordinators',
    where,
    // Ascending puts never-verified (NULL) last in PostgreSQL; they are listed first below.
    sort: 'lastVerifiedAt',
    limit: 500,
    draft: true,
    depth: 1,
    // Titles in the content language the editor has chosen in the admin (Swedish unless they switched).
    locale: locale?.code === 'en' ? 'en' : 'sv',
    select: { title: true, region: true, lastVerifiedAt: true },
    populate: { regions: { name: true } },
    overrideAccess: false,
    user,
  })
  const ordered = [...docs.filter((doc) => !doc.lastVerifiedAt), ...docs.filter((doc) => doc.lastVerifiedAt)].slice(0, SHOWN)
  const admin = payload.config.routes.admin
  return (
    <section className="nspm-stale" aria-labelledby="nspm-stale-title">
      <h2 id="nspm-stale-title">{say(L.title)}</h2>
      <p>{say(L.intro(months))}</p>
      {ordered.length === 0 ? (
        <p>{say(L.none)}</p>
      ) : (
        <table className="nspm-stale__table">
          <thead>
            <tr>
              <th>{say(L.coordinator)}</th>
              <th>{say(L.region)}</th>
              <th>{say(L.verified)}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((doc) => {
              const verified = toDate(doc.lastVerifiedAt)
              return (
                <tr key={doc.id}>
                  <td>
                    <a href={`${admin}/collections/coordinators/${doc.id}`}>{doc.title}</a>
                  </td>
                  <td>{typeof doc.region === 'object' && doc.region ? doc.region.name : '–'}</td>
                  <td>
                    {verified ? `${day.format(verified)} · ` : ''}
                    <span className="nspm-verified__marker">{say(staleLabel(verified, now))}</span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {totalDocs > ordered.length ? <p>{say(L.more(totalDocs - ordered.length))}</p> : null}
      <div className="nspm-stale__actions">
        <a className="btn btn--style-secondary btn--size-small" href={`${admin}/collections/coordinators?sort=lastVerifiedAt&limit=100`}>
          {say(L.all)}
        </a>
        {/* The list's own search (listSearchableFields: title, person's name), straight from the dashboard. */}
        <form className="nspm-stale__search" action={`${admin}/collections/coordinators`} method="get" role="search">
          <label htmlFor="nspm-stale-search">{say(L.search)}</label>
          <input id="nspm-stale-search" name="search" type="search" />
          <button className="btn btn--style-primary btn--size-small" type="submit">
            {say(L.find)}
          </button>
        </form>
      </div>
    </section>
  )
}
