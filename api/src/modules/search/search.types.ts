import { createUnionType, Field, Float, ObjectType } from 'type-graphql'
import { memberTypeOf } from '../../common/union-member'
import { ConceptView } from '../concepts/concept.types'
import { CoordinatorView } from '../coordinators/coordinator.types'
import { CountyView, MunicipalityView, RegionView } from '../geography/geography.types'
import { ManualStepView } from '../manual/manual-step.types'
import { OrganisationView } from '../organisations/organisation.types'
import { PageView } from '../pages/page.types'
import { ProgrammeView } from '../programmes/programme.types'
import { PublicationView } from '../publications/publication.types'

export type ResultClass =
  | typeof ManualStepView
  | typeof ConceptView
  | typeof ProgrammeView
  | typeof PageView
  | typeof OrganisationView
  | typeof PublicationView
  | typeof RegionView
  | typeof CountyView
  | typeof MunicipalityView
  | typeof CoordinatorView

/** The search records each hit's type (common/union-member.ts): views are plain objects. */
export const SearchResult = createUnionType({
  resolveType: (value) => memberTypeOf(value),
  name: 'SearchResult',
  description:
    'Something search can find: a manual step, concept, programme, article, organisation or publication, or a place (police region, ' +
    'county, municipality) or a coordinator post.',
  types: () => [ManualStepView, ConceptView, ProgrammeView, PageView, OrganisationView, PublicationView, RegionView, CountyView, MunicipalityView, CoordinatorView] as const,
})

@ObjectType('SearchHit', { description: 'One search result with its relevance.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance; higher is better. Comparable only within one search.' })
  rank!: number

  @Field(() => SearchResult, { description: 'The document found.' })
  node!: typeof SearchResult
}
