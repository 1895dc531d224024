import type { ServerProps, Where } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { detailChanges } from '../coordinators/detailsDiff'
import { adminLanguage, t } from '../fields/i18n'
import { ProposalDecision } from './ProposalDecision'

const L = {
  title: t('Ändringsförslag från koordinatorer', 'Change proposals from coordinators'),
  intro: t(
    'Koordinatorerna har själva föreslagit ändringar av sina uppgifter. Godta (uppgifterna sparas som utkast som du sedan publicerar) eller avslå med en motivering.',
    'Coordinators proposed changes to their own details. Accept (the details are saved as a draft for you to publish) or reject with a note.',
  ),
  none: t('Inga förslag väntar.', 'No proposals are waiting.'),
  field: t('Uppgift', 'Field'),
  from: t('Publicerat', 'Published'),
  to: t('Föreslaget', 'Proposed'),
  noChange: t('Inga ändrade uppgifter (bara en kommentar).', 'No details changed (a comment only).'),
  comment: t('Kommentar', 'Comment'),
  received: t('Inkommet', 'Received'),
}

/**
 * Dashboard panel (beforeDashboard): pending proposals with a field-by-field diff (only what changed) and the
 * decision buttons. Read with the viewer's own rights: a regional editor sees their own region's proposals.
 */
export async function CoordinatorProposals({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'editor', 'regional-editor')) return null
  const { say, dateTime } = adminLanguage(i18n.language)
  const where: Where = { status: { equals: 'pending' } }
  const { docs } = await payload.find({
    collection: 'coordinator-change-proposals',
    where,
    sort: 'createdAt',
    limit: 50,
    depth: 1,
    populate: { coordinators: { title: true } },
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  return (
    <section className="nspm-proposals" aria-labelledby="nspm-proposals-title">
      <h2 id="nspm-proposals-title">{say(L.title)}</h2>
      <p>{say(L.intro)}</p>
      {docs.length === 0 ? <p>{say(L.none)}</p> : null}
      {docs.map((proposal) => {
        const coordinator = typeof proposal.coordinator === 'object' ? proposal.coordinator : null
        const coordinatorId = typeof proposal.coordinator === 'object' ? proposal.coordinator.id : proposal.coordinator
        const changes = detailChanges(proposal.current, proposal.proposed, say)
        return (
          <article key={proposal.id} className="nspm-proposal" data-proposal-id={proposal.id}>
            <h3>
              <a href={`${admin}/collections/coordinators/${coordinatorId}`}>{coordinator?.title ?? `#${coordinatorId}`}</a>
              {' · '}
              {say(L.received)} {dateTime.format(new Date(proposal.createdAt))} · {proposal.locale}
            </h3>
            {changes.length === 0 ? (
              <p>{say(L.noChange)}</p>
            ) : (
              <table className="nspm-proposal__diff">
                <thead>
                  <tr>
                    <th>{say(L.field)}</th>
                    <th>{say(L.from)}</th>
                    <th>{say(L.to)}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.field} data-field={change.field}>
                      <td>{say(change.label)}</td>
                      <td>
                        <del>{change.from || '–'}</del>
                      </td>
                      <td>
                        <ins>{change.to || '–'}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {proposal.comment ? (
              <p>
                {say(L.comment)}: {proposal.comment}
              </p>
            ) : null}
            <ProposalDecision proposalId={proposal.id} />
          </article>
        )
      })}
    </section>
  )
}
