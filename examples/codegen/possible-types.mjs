// @ts-check
/**
 * A GraphQL Code Generator plugin: writes Apollo Client's `possibleTypes` (which object types implement each
 * interface and belong to each union) from the schema, so that the cache's policy on the `Localized` interface
 * reaches every type that implements it, including types added later, without a list kept by hand.
 * The Guild's fragment-matcher plugin does the same; this one is a few lines and needs no further package.
 * Plain JavaScript because the code generator loads plugins with Node's own import().
 */
import { isInterfaceType, isUnionType } from 'graphql'

/**
 * @param {import('graphql').GraphQLSchema} schema
 * @returns {string}
 */
export function plugin(schema) {
  /** @type {Record<string, string[]>} */
  const possibleTypes = {}
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue
    if (isUnionType(type))
      possibleTypes[type.name] = type
        .getTypes()
        .map((member) => member.name)
        .sort()
    if (isInterfaceType(type))
      possibleTypes[type.name] = schema
        .getPossibleTypes(type)
        .map((member) => member.name)
        .sort()
  }
  const sorted = Object.fromEntries(Object.entries(possibleTypes).sort(([a], [b]) => a.localeCompare(b)))
  return [
    '/** Generated from the schema by examples/codegen/possible-types.mjs: the members of every interface and union. */',
    `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted, null, 2)}`,
    '',
  ].join('\n')
}
