import type { Locale } from '../../common/locale'
import type { Snapshot } from '../../read-model/snapshot'
import { CoordinatorService } from '../coordinators/coordinators.service'
import { toCountyView, toRegionView } from '../geography/geography.types'
import { GeographyService } from '../geography/geography.service'
import { toOrganisationView } from '../organisations/organisation.types'
import { OrganisationService } from '../organisations/organisations.service'
import { SupportLineService } from '../support-line/support-line.service'
import { supportLineCalendar } from './opening-calendar'
import { coordinatorVcard, supportLineVcard } from './vcards'

/** What every file needs besides the data: its own address, its language and the instant it is built at. */
export type FileParts = { source: string; locale: Locale; now: Date }

/** A published coordinator post's card, or null when no published post has this id. */
export function coordinatorFile(snapshot: Snapshot, id: number, { source, locale, now }: FileParts): string | null {
  const coordinators = new CoordinatorService(snapshot)
  const document = snapshot.get('Coordinator', id)
  const geography = new GeographyService(snapshot)
  const region = document ? geography.region(document.region.id) : undefined
  if (!document || !region) return null
  return coordinatorVcard({
    coordinator: coordinators.view(document, locale),
    regionName: toRegionView(region, locale).name,
    countyNames: geography.countiesOfRegion(region.id).map((county) => toCountyView(county, locale).name),
    supportLine: new SupportLineService(snapshot).view(locale, now),
    source,
    locale,
  })
}

/** The published support line as a card or as a calendar of its opening hours; null until it is published. */
export function supportLineFile(snapshot: Snapshot, format: 'vcard' | 'calendar', { source, locale, now }: FileParts): string | null {
  const supportLine = new SupportLineService(snapshot).view(locale, now)
  const updatedAt = snapshot.supportLine?.updatedAt ?? now
  if (!supportLine) return null
  if (format === 'calendar') return supportLineCalendar({ supportLine, updatedAt, now, source, locale })
  const nspm = new OrganisationService(snapshot).coordinatingAgency()
  return supportLineVcard({ supportLine, organisationName: nspm ? toOrganisationView(nspm, locale).name : null, updatedAt, source, locale })
}
