import { BadInputError, NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { isReachable } from '../coordinators/coordinator.types'
import type { MunicipalityDocument } from '../../read-model/documents'
import { toCountyView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { foldName, sameLetters } from '../../common/fold'
import { closestNames, nameCandidates } from '../geography/names'
import type { MunicipalityContactsView } from './contact.types'

/** "Who do I call about a case in this municipality?": the region's coordinators, or the support line. */
export function contactsForMunicipality(ctx: ApiContext, query: string, locale: Locale, now: Date): MunicipalityContactsView {
  const municipality = findMunicipality(ctx, query)
  const county = ctx.geography.county(municipality.county.id)
  const region = county ? ctx.geography.region(county.region.id) : undefined
  if (!county || !region) throw new NotFoundError("The municipality's county or region is not published.")
  const coordinators = ctx.coordinators
    .ofRegion(region.id)
    .map((coordinator) => ctx.coordinators.view(coordinator, locale))
    .sort((a, b) => Number(isReachable(b)) - Number(isReachable(a)))
  const hasReachableCoordinator = coordinators.some(isReachable)
  return {
    municipality: toMunicipalityView(municipality, locale),
    county: toCountyView(county, locale),
    region: toRegionView(region, locale),
    coordinators,
    hasReachableCoordinator,
    fallback: hasReachableCoordinator ? null : ctx.supportLine.view(locale, now),
  }
}

/**
 * By SCB code ("1480") or by name in the forms people write ("Göteborgs stad", "Region Gotland", see nameCandidates),
 * forgiving case and Swedish letters; NOT_FOUND names close matches. The snapshot's folded-name index gives the
 * candidates; the rules below decide among them.
 */
function findMunicipality(ctx: ApiContext, query: string): MunicipalityDocument {
  const trimmed = query.trim()
  if (/^\d{4}$/.test(trimmed)) {
    const byCode = ctx.geography.municipalityByCode(trimmed)
    if (byCode) return byCode
    throw new NotFoundError('No municipality has that code.', { argument: 'municipality', suggestions: [] })
  }
  const names = nameCandidates(trimmed)
  const matches = ctx.geography.municipalitiesByFoldedNames(names.map(foldName))
  // Letters first, then folded: "Håbo" (0305) and "Habo" (0643) fold to the same name. Each rule tries the most
  // literal reading first: "Borås stad" is Borås, never a "Borå".
  for (const name of names) {
    const exact = matches.find((municipality) => sameLetters(municipality.name, name))
    if (exact) return exact
  }
  for (const name of names) {
    const folded = matches.filter((municipality) => foldName(municipality.name) === foldName(name))
    if (folded.length === 1) return folded[0]!
    if (folded.length > 1) {
      throw new BadInputError('Several municipalities match that name; use the exact spelling or the SCB code.', {
        argument: 'municipality',
        suggestions: folded.map((municipality) => municipality.name),
      })
    }
  }
  const all = ctx.geography.municipalities()
  throw new NotFoundError('No municipality matches that name.', {
    argument: 'municipality',
    suggestions: closestNames(
      names.at(-1) ?? trimmed,
      all.map((municipality) => municipality.name),
    ),
  })
}
