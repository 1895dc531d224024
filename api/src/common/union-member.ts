import type { ClassType } from 'type-graphql'

/** Views are plain objects, so a union cannot tell them apart by class: whoever builds one records its type here. */
const memberTypes = new WeakMap<object, ClassType>()

/** Records that `view` is of the GraphQL object type `type`, for a union's `resolveType` (memberTypeOf). */
export function asMember<T extends object>(type: ClassType, view: T): T {
  memberTypes.set(view, type)
  return view
}

export function memberTypeOf(value: unknown): ClassType | undefined {
  return typeof value === 'object' && value !== null ? memberTypes.get(value) : undefined
}
