import { Field, ObjectType } from 'type-graphql'
import { CoordinatorView } from '../coordinators/coordinator.types'
import { CountyView, MunicipalityView, RegionView } from '../geography/geography.types'
import { SupportLineView } from '../support-line/support-line.types'

@ObjectType('MunicipalityContacts', { description: 'Who a professional in a municipality contacts about suspected trafficking or exploitation.' })
export class MunicipalityContactsView {
  @Field(() => MunicipalityView, { description: 'The municipality that matched.' })
  municipality!: MunicipalityView

  @Field(() => CountyView, { description: 'Its county.' })
  county!: CountyView

  @Field(() => RegionView, { description: 'Its police region, which decides the coordinator.' })
  region!: RegionView

  @Field(() => [CoordinatorView], { description: "The region's coordinator posts, reachable ones first." })
  coordinators!: CoordinatorView[]

  @Field(() => Boolean, { description: 'True when at least one coordinator is active and has a phone number or email.' })
  hasReachableCoordinator!: boolean

  @Field(() => SupportLineView, {
    nullable: true,
    description: 'The national support line, given whenever no coordinator in the region is reachable; null otherwise.',
  })
  fallback!: SupportLineView | null
}
