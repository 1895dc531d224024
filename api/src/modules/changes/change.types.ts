import { DateTimeISO } from '../../common/date-time'
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { CHANGE_ACTIONS, PUBLIC_TYPE_NAMES, type ChangeAction as ChangeActionName, type PublicTypeName } from '../../../../contracts/public-types'
import type { Locale } from '../../common/locale'
import { PageInfo } from '../../common/pagination'

/**
 * The public types by their GraphQL names, which are also the enum's values: a change's `type` is the
 * `__typename` of its `document`, and the name the change log and the webhooks use.
 */
export const PublicType = Object.fromEntries(PUBLIC_TYPE_NAMES.map((name) => [name, name])) as { [T in PublicTypeName]: T }
export type PublicType = PublicTypeName

const TYPE_DESCRIPTIONS: Record<PublicTypeName, string> = {
  Region: 'A police region (`Region`).',
  County: 'A county (`County`).',
  Municipality: 'A municipality (`Municipality`).',
  Coordinator: 'A regional coordinator post (`Coordinator`).',
  Organisation: 'An agency or other actor (`Organisation`).',
  Network: 'A cooperation network (`Network`).',
  Programme: 'A support programme (`Programme`).',
  ManualStep: 'A step of the support process (`ManualStep`).',
  Concept: 'A glossary entry (`Concept`).',
  Page: 'A knowledge article (`Page`).',
  Publication: 'A report or information material (`Publication`).',
  SupportLine: 'The national support line (`SupportLine`, one document).',
}

registerEnumType(PublicType, {
  name: 'PublicType',
  description: 'A type of published content, named as its GraphQL type.',
  valuesConfig: Object.fromEntries(PUBLIC_TYPE_NAMES.map((name) => [name, { description: TYPE_DESCRIPTIONS[name] }])),
})

export const ChangeAction = Object.fromEntries(CHANGE_ACTIONS.map((action) => [action, action])) as { [A in ChangeActionName]: A }
export type ChangeAction = ChangeActionName

registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What happened to a document, as the public sees it (saving a draft is not a change). UNPUBLISHED and DELETED are tombstones.',
  valuesConfig: {
    CREATED: { description: 'It became public: first published, or published again after an unpublish.' },
    UPDATED: { description: 'It was public and still is, changed.' },
    UNPUBLISHED: { description: 'Tombstone: it is no longer public (it may be published again later, as CREATED).' },
    DELETED: { description: 'Tombstone: it was public and was deleted.' },
  },
})

@ObjectType('Change', { description: 'One entry of the change log: a document became public, changed, or stopped being public.' })
export class ChangeView {
  @Field(() => ID, { description: "The change's number in the log. Numbers grow in commit order; gaps are normal." })
  id!: string

  @Field(() => String, { description: 'Opaque position of this change; pass it as `after` to continue after it.' })
  cursor!: string

  @Field(() => PublicType, { description: 'The type of the document that changed.' })
  type!: PublicType

  @Field(() => ID, { description: "The document's `id`, as its type's queries give it (the support line has one document and no `id` field)." })
  documentId!: string

  @Field(() => ChangeAction, { description: 'What happened. UNPUBLISHED and DELETED are tombstones: remove the document from your copy.' })
  action!: ChangeAction

  @Field(() => DateTimeISO, { description: 'When the change was recorded, as its transaction committed.' })
  changedAt!: Date

  /** For `document`: the row id, and the language asked for. */
  documentKey!: number
  locale!: Locale
}

@ObjectType('ChangeEdge', { description: 'One change in a page, with its cursor.' })
export class ChangeEdge {
  @Field(() => String, { description: 'Opaque position of this change; pass it as `after` to continue after it.' })
  cursor!: string

  @Field(() => ChangeView, { description: 'The change.' })
  node!: ChangeView
}

@ObjectType('ChangeConnection', { description: 'A page of the change log, in commit order.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page with their cursors.' })
  edges!: ChangeEdge[]

  @Field(() => [ChangeView], { description: 'The changes of this page (each carries its own `cursor`).' })
  nodes!: ChangeView[]

  @Field(() => PageInfo, {
    description: 'Paging information. `endCursor` is never null: after the last page it is the head of the log, where the next poll continues.',
  })
  pageInfo!: PageInfo
}
