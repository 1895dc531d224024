import type { ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { poolDb } from '../db/requestDb'
import { adminLanguage, t } from '../fields/i18n'
import { bouncedAddresses } from '../newsletter/bounces'

const L = {
  title: t('Studsande adresser', 'Bouncing addresses'),
  hint: t(
    'Adresser som nekats permanent i tre nummer i rad. De får inga fler utskick; radera prenumerationen eller låt personen prenumerera på nytt med en fungerande adress.',
    'Addresses refused permanently in three issues in a row. They get no more mailings; delete the subscription or let the person subscribe again with a working address.',
  ),
  address: t('Adress', 'Address'),
  since: t('Sedan', 'Since'),
  code: t('Senaste felkod', 'Last error code'),
}

/**
 * Above the subscribers list (beforeListTable), for subscriber managers only (the addresses are personal data):
 * the addresses the API no longer mails because they bounce. Nothing when there are none.
 */
export async function BouncedAddresses({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'subscriber-manager')) return null
  const bounced = await bouncedAddresses(poolDb(payload))
  if (!bounced.length) return null
  const { say, dateTime } = adminLanguage(i18n.language)
  return (
    <section className="nspm-bounced" aria-label={say(L.title)} data-testid="bounced-addresses">
      <h3>{say(L.title)}</h3>
      <p className="field-description">{say(L.hint)}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{say(L.address)}</th>
            <th scope="col">{say(L.since)}</th>
            <th scope="col">{say(L.code)}</th>
          </tr>
        </thead>
        <tbody>
          {bounced.map((row) => (
            <tr key={row.subscriberId}>
              <td>
                <a href={`${payload.config.routes.admin}/collections/newsletter-subscribers/${row.subscriberId}`}>{row.email}</a>
              </td>
              <td>{dateTime.format(row.since)}</td>
              <td>
                <code>{row.lastCode ?? '–'}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
