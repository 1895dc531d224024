import { globalTelUri, rfc6350PhoneType, type PhoneNumber } from '../../common/phone'
import type { Locale } from '../../common/locale'
import { isReachable, type CoordinatorView } from '../coordinators/coordinator.types'
import { hsdsId } from '../hsds/hsds-ids'
import { absoluteUrl } from '../hsds/organizations'
import type { SupportLineView } from '../support-line/support-line.types'
import { CONTACT_CARDS_COPY as COPY } from './contact-cards.copy'
import { contentLines, PRODID, utcStamp, type JComponent, type JProperty } from './jcal'
import { openingHoursText } from './opening-hours-text'

/** Phones in the order to try them: RFC 6350's PREF ranks them (1 first), TYPE says work and voice, cell or text. */
const telephones = (phones: readonly PhoneNumber[]): JProperty[] =>
  phones.map((phone, index): JProperty => ['tel', { type: ['work', rfc6350PhoneType(phone.type)], pref: String(index + 1) }, 'uri', globalTelUri(phone)])

/** What every card carries: who made it, when the data changed, a stable id and where the newest version is. */
function card(properties: JProperty[], { uid, updatedAt, source }: { uid: string; updatedAt: Date; source: string }): string {
  const vcard: JComponent = [
    'vcard',
    [
      ['version', {}, 'text', '4.0'],
      ['prodid', {}, 'text', PRODID],
      ...properties,
      ['rev', {}, 'timestamp', utcStamp(updatedAt)],
      ['uid', {}, 'uri', `urn:uuid:${uid}`],
      ['source', {}, 'uri', source],
    ],
    [],
  ]
  return contentLines(vcard)
}

export type CoordinatorCardParts = {
  coordinator: CoordinatorView
  regionName: string
  countyNames: readonly string[]
  supportLine: SupportLineView | null
  source: string
  locale: Locale
}

/**
 * A coordinator post as an RFC 6350 card: the post, not the person (as in HSDS, whose contact has the same UUID),
 * so that a saved card stays right when someone else takes the post; its functional title, employing unit, phones
 * with their kinds, email, the languages it answers in, and the region with its counties in the note.
 */
export function coordinatorVcard({ coordinator, regionName, countyNames, supportLine, source, locale }: CoordinatorCardParts): string {
  const title = coordinator.title || COPY.defaultCoordinatorTitle[locale]
  const notes = [
    COPY.coverage(regionName, countyNames.join(', '))[locale],
    coordinator.alert,
    !isReachable(coordinator) && supportLine ? COPY.notReachable(supportLine.phone.display)[locale] : null,
  ].filter(Boolean)
  return card(
    [
      ['fn', {}, 'text', `${title}, region ${regionName}`],
      ['title', {}, 'text', title],
      ...(coordinator.employer ? [['org', {}, 'text', coordinator.employer] as JProperty] : []),
      ...telephones(coordinator.phones),
      ...(coordinator.email ? [['email', { type: 'work' }, 'text', coordinator.email] as JProperty] : []),
      ...coordinator.languages.map((code, index): JProperty => ['lang', { pref: String(index + 1) }, 'language-tag', code]),
      ['categories', {}, 'text', regionName],
      ['note', {}, 'text', notes.join('\n')],
    ],
    { uid: hsdsId('contact', `coordinator:${coordinator.id}`), updatedAt: coordinator.updatedAt, source },
  )
}

export type SupportLineCardParts = { supportLine: SupportLineView; organisationName: string | null; updatedAt: Date; source: string; locale: Locale }

/**
 * The national support line as an organisation's card (KIND:org, the same UUID as its HSDS service): its number,
 * NSPM's email and website, and in the note its hours and the numbers that apply at any time in urgent cases.
 */
export function supportLineVcard({ supportLine, organisationName, updatedAt, source, locale }: SupportLineCardParts): string {
  const website = absoluteUrl(supportLine.website)
  const urgent = supportLine.urgentNumbers.map((entry) => (entry.phone ? `${entry.label} ${entry.phone.display}` : entry.label)).join(', ')
  const notes = [
    supportLine.description,
    COPY.hours(openingHoursText(supportLine.openingHours, locale))[locale],
    supportLine.closedOnPublicHolidays ? COPY.closedOnHolidays[locale] : null,
    supportLine.openingHoursConfirmed ? null : COPY.hoursUnconfirmed[locale],
    urgent ? COPY.urgent(urgent)[locale] : null,
  ].filter(Boolean)
  return card(
    [
      ['kind', {}, 'text', 'org'],
      ['fn', {}, 'text', supportLine.name],
      ...(organisationName ? [['org', {}, 'text', organisationName] as JProperty] : []),
      ...telephones([supportLine.phone]),
      ...(supportLine.email ? [['email', { type: 'work' }, 'text', supportLine.email] as JProperty] : []),
      ...(website ? [['url', { type: 'work' }, 'uri', website] as JProperty] : []),
      ['note', {}, 'text', notes.join('\n')],
    ],
    { uid: hsdsId('service', 'support-line'), updatedAt, source },
  )
}
