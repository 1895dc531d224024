import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { NetworkDocument } from '../../read-model/documents'
import { enumOf } from '../../common/select-enum'
import { NETWORK_TYPES } from '../../../../contracts/select-values/organisations'

export const NetworkType = enumOf(NETWORK_TYPES)
export type NetworkType = (typeof NetworkType)[keyof typeof NetworkType]

registerEnumType(NetworkType, {
  name: 'NetworkType',
  description: 'What kind of cooperation a network is.',
  valuesConfig: {
    METHODS_SUPPORT_TEAM: { description: 'The national methods support team (NMT).' },
    MULTI_AGENCY: { description: 'Multi-agency work, e.g. against work-related crime.' },
    REGIONAL_CENTRE: { description: 'A regional centre against work-related crime (AKC).' },
    SPEARHEAD_GROUP: { description: 'A regional spearhead group coordinated by the county administrative board.' },
  },
})

@ObjectType('Network', { implements: LocalizedView, description: 'A cooperation network of agencies and coordinators.' })
export class NetworkView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "nationellt-metodstodsteam".' })
  slug!: string

  @Field(() => String, { description: 'Name in the requested language.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. "NMT" or "AKC".' })
  shortName!: string | null

  @Field(() => NetworkType, { description: 'What kind of network this is.' })
  type!: NetworkType

  @Field(() => String, { nullable: true, description: "The network's purpose and work." })
  description!: string | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  coordinatedById!: number | null
  regionId!: number | null
  parentId!: number | null
  memberIds!: number[]
  coordinatorIds!: number[]
}

export function toNetworkView(network: NetworkDocument, locale: Locale): NetworkView {
  const rows = network.locales.getItems()
  const rels = network.rels.getItems()
  return {
    id: String(network.id),
    slug: network.slug,
    name: localized(rows, locale, 'name') ?? network.slug,
    shortName: localized(rows, locale, 'shortName'),
    type: network.type as NetworkType,
    description: localized(rows, locale, 'description'),
    updatedAt: network.updatedAt,
    coordinatedById: network.coordinatedBy?.id ?? null,
    regionId: network.region?.id ?? null,
    parentId: network.parent?.id ?? null,
    memberIds: rels.flatMap((rel) => (rel.path === 'members' && rel.organisation ? [rel.organisation.id] : [])),
    coordinatorIds: rels.flatMap((rel) => (rel.path === 'coordinators' && rel.coordinator ? [rel.coordinator.id] : [])),
    locale,
  }
}
