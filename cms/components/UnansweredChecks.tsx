import type { ServerProps, Where } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { adminLanguage, t } from '../fields/i18n'

const L = {
  title: t('Inget svar från koordinatorn', 'No answer from the coordinator'),
  intro: t(
    'Koordinatorerna fick en förfrågan och en påminnelse om att bekräfta sina uppgifter men har inte svarat. Kontakta dem och markera uppgifterna som kontrollerade.',
    'These coordinators were asked, and reminded, to confirm their details but have not answered. Contact them and mark the details as verified.',
  ),
  none: t('Alla har svarat.', 'Everyone has answered.'),
  coordinator: t('Regionkoordinator', 'Coordinator'),
  region: t('Region', 'Region'),
  sent: t('Förfrågan skickad', 'Request sent'),
}

/** Dashboard panel: escalated checks (request and reminder unanswered), with the viewer's own rights. */
export async function UnansweredChecks({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'editor', 'regional-editor')) return null
  const { say, date } = adminLanguage(i18n.language)
  const where: Where = { status: { equals: 'escalated' } }
  const { docs } = await payload.find({
    collection: 'coordinator-checks',
    where,
    sort: 'sentAt',
    limit: 100,
    depth: 1,
    populate: { coordinators: { title: true }, regions: { name: true } },
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  return (
    <section className="nspm-unanswered" aria-labelledby="nspm-unanswered-title">
      <h2 id="nspm-unanswered-title">{say(L.title)}</h2>
      <p>{say(L.intro)}</p>
      {docs.length === 0 ? (
        <p>{say(L.none)}</p>
      ) : (
        <table className="nspm-unanswered__table">
          <thead>
            <tr>
              <th>{say(L.coordinator)}</th>
              <th>{say(L.region)}</th>
              <th>{say(L.sent)}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((check) => {
              const coordinator = typeof check.coordinator === 'object' ? check.coordinator : null
              const coordinatorId = typeof check.coordinator === 'object' ? check.coordinator.id : check.coordinator
              const region = typeof check.region === 'object' && check.region ? check.region.name : '–'
              return (
                <tr key={check.id} data-check-id={check.id}>
                  <td>
                    <a href={`${admin}/collections/coordinators/${coordinatorId}`}>{coordinator?.title ?? `#${coordinatorId}`}</a>
                  </td>
                  <td>{region}</td>
                  <td>{check.sentAt ? date.format(new Date(check.sentAt)) : '–'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
