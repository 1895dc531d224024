import { BadInputError, NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { isReachable, toCoordinatorView } from '../coordinators/coordinator.types'
import { toCountyView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { closestNames, normaliseName } from '../geography/names'
import { municipalityMatches, type MunicipalityMatch } from './contact.lookup'
import type { MunicipalityContactsView } from './contact.types'

/** "Who do I call about a case in this municipality?": the region's coordinators, or the support line. */
export async function contactsForMunicipality(ctx: ApiContext, query: string, locale: Locale, now: Date): Promise<MunicipalityContactsView> {
  // The municipality comes with its county, region and coordinators in one statement; the support line is one more.
  const municipality = await findMunicipality(ctx, query)
  const { county, region } = municipality
  if (!county || !region) throw new NotFoundError('The municipality\'s county or region is not published.')
  const coordinators = municipality.coordinators
    .map((coordinator) => toCoordinatorView(coordinator, locale))
    .sort((a, b) => Number(isReachable(b)) - Number(isReachable(a)))
  const hasReachableCoordinator = coordinators.some(isReachable)
  return {
    municipality: toMunicipalityView(municipality, locale),
    county: toCountyView(county, locale),
    region: toRegionView(region, locale),
    coordinators,
    hasReachableCoordinator,
    fallback: hasReachableCoordinator ? null : await ctx.supportLine.view(locale, now),
  }
}

/**
 * By SCB code ("1480") or by name, forgiving case and Swedish letters; NOT_FOUND names close matches. PostgreSQL
 * finds the candidates by folded name; the rules below decide among them, and only a miss reads all names.
 */
async function findMunicipality(ctx: ApiContext, query: string): Promise<MunicipalityMatch> {
  const trimmed = query.trim()
  if (/^\d{4}$/.test(trimmed)) {
    const [byCode] = await municipalityMatches(ctx.em, { code: trimmed })
    if (byCode) return byCode
    throw new NotFoundError('No municipality has that code.', { argument: 'municipality', suggestions: [] })
  }
  const wanted = normaliseName(trimmed)
  const candidates = wanted ? await municipalityMatches(ctx.em, { foldedName: wanted }) : []
  // Letters first, then folded: "Håbo" (0305) and "Habo" (0643) fold to the same name.
  const exact = candidates.find((municipality) => sameLetters(municipality.name, trimmed))
  if (exact) return exact
  const folded = candidates.filter((municipality) => normaliseName(municipality.name) === wanted)
  if (folded.length === 1) return folded[0]!
  if (folded.length > 1) {
    throw new BadInputError('Several municipalities match that name; use the exact spelling or the SCB code.', {
      argument: 'municipality',
      suggestions: folded.map((municipality) => municipality.name),
    })
  }
  const all = await ctx.geography.allMunicipalities()
  throw new NotFoundError('No municipality matches that name.', {
    argument: 'municipality',
    suggestions: closestNames(trimmed, all.map((municipality) => municipality.name)),
  })
}

/** Equal ignoring case, spaces and hyphens, but not Swedish letters. */
function sameLetters(a: string, b: string): boolean {
  const simplify = (name: string) => name.toLocaleLowerCase('sv').replace(/[\s-]+/g, '')
  return simplify(a) === simplify(b)
}
