import { foldLetters } from '../../common/fold'
import type { Locale } from '../../common/locale'
import type { Snapshot } from '../../read-model/snapshot'
import { CoordinatorService } from '../coordinators/coordinators.service'
import { toCountyView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { GeographyService } from '../geography/geography.service'
import { toManualStepView } from '../manual/manual-step.types'
import { ManualStepService } from '../manual/manual-steps.service'
import { toOrganisationView, type OrganisationView } from '../organisations/organisation.types'
import { OrganisationService } from '../organisations/organisations.service'
import { toProgrammeView } from '../programmes/programme.types'
import { ProgrammeService } from '../programmes/programmes.service'
import { SupportLineService } from '../support-line/support-line.service'
import type { HsdsOrganization, HsdsService, HsdsServiceCore } from './hsds.types'
import { organizationCore, organizationNested } from './organizations'
import { coordinatorService, programmeService, supportLineService } from './services'

/** The one-to-one fields of a nested service: what a list and an organization's `services` show. */
export function serviceCore({ phones, schedules, service_areas, languages, contacts, funding, attributes, organization, ...core }: HsdsService): HsdsServiceCore {
  void [phones, schedules, service_areas, languages, contacts, funding, attributes, organization]
  return core
}

/** Whether `query` (folded: case and Swedish letters ignored) occurs in any of the texts. */
export function matchesSearch(query: string | null, texts: readonly (string | undefined)[]): boolean {
  if (!query) return true
  const wanted = foldLetters(query.trim())
  return texts.some((text) => text !== undefined && foldLetters(text).includes(wanted))
}

/**
 * The published directory as HSDS sees it, built from one snapshot through the domains' services (the data GraphQL
 * serves) in one language at one instant. Services in a fixed order: the support line, the regions' coordinator
 * functions (by region), the programmes (by slug); organizations in the snapshot's slug order.
 */
export class HsdsDirectory {
  readonly services: readonly HsdsService[]
  readonly organizations: readonly HsdsOrganization[]

  constructor(snapshot: Snapshot, locale: Locale, now: Date) {
    const geography = new GeographyService(snapshot)
    const coordinators = new CoordinatorService(snapshot)
    const organisationService = new OrganisationService(snapshot)
    const organisations = snapshot.organisations.map((organisation) => toOrganisationView(organisation, locale))
    const byId = new Map<number, OrganisationView>(organisations.map((organisation) => [Number(organisation.id), organisation]))
    // NSPM provides the coordinator function and the support line (README: Open data).
    const nspm = organisationService.coordinatingAgency()
    const provider = nspm ? organizationCore(toOrganisationView(nspm, locale)) : undefined

    const supportLine = new SupportLineService(snapshot).view(locale, now)
    const regional = geography.regions().map((region) => {
      const counties = geography.countiesOfRegion(region.id)
      return coordinatorService(
        {
          region: toRegionView(region, locale),
          counties: counties.map((county) => toCountyView(county, locale)),
          municipalities: counties.flatMap((county) => geography.municipalitiesOfCounty(county.id)).map((municipality) => toMunicipalityView(municipality, locale)),
          coordinators: coordinators.ofRegion(region.id).map((coordinator) => coordinators.view(coordinator, locale)),
        },
        provider,
        locale,
      )
    })
    const programmes = new ProgrammeService(snapshot).all().map((document) => {
      const programme = toProgrammeView(document, locale)
      return programmeService(programme, programme.operatorId === null ? undefined : byId.get(programme.operatorId), byId, locale)
    })
    this.services = [
      ...(supportLine && snapshot.supportLine ? [supportLineService(supportLine, snapshot.supportLine.updatedAt ?? now, provider, locale, now)] : []),
      ...regional,
      ...programmes,
    ]

    const steps = new ManualStepService(snapshot).all().map((step) => toManualStepView(step, locale))
    const cores = this.services.map(serviceCore)
    this.organizations = organisations
      .filter((organisation) => organisationService.byId(Number(organisation.id)))
      .map((organisation) => organizationNested(organisation, steps, cores, locale))
  }
}
