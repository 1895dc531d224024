import { ChangeType, CriticalityLevel, diff, DiffRule, type Change, type Rule } from '@graphql-inspector/core'
import { buildSchema, isInterfaceType, isObjectType } from 'graphql'

/** What a schema change means for clients, as graphql-inspector judges it after the deprecation rules. */
export type Verdict = { breaking: Change[]; dangerous: Change[]; safe: Change[] }

/**
 * graphql-inspector's suppressRemovalOfDeprecatedField forgives removed fields, enum values and input fields that
 * the previous schema marked @deprecated, but not arguments, which GraphQL also lets a schema deprecate.
 */
const suppressRemovalOfDeprecatedArgument: Rule = ({ changes, oldSchema }) =>
  changes.map((change) => {
    if (change.type !== ChangeType.FieldArgumentRemoved || change.criticality.level !== CriticalityLevel.Breaking) return change
    const { typeName, fieldName, removedFieldArgumentName } = (change as Change<typeof ChangeType.FieldArgumentRemoved>).meta
    const type = oldSchema?.getType(typeName)
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined
    const argument = field?.args.find((candidate) => candidate.name === removedFieldArgumentName)
    return argument?.deprecationReason ? { ...change, criticality: { ...change.criticality, level: CriticalityLevel.Dangerous } } : change
  })

/**
 * Compares two versions of schema.graphql. Breaking: anything an existing client query could stop working on,
 * except removing what the previous version had already marked @deprecated (the deprecation policy's last step).
 */
export async function compareSchemas(before: string, after: string): Promise<Verdict> {
  const changes = await diff(buildSchema(before), buildSchema(after), [DiffRule.suppressRemovalOfDeprecatedField, suppressRemovalOfDeprecatedArgument])
  const level = (wanted: CriticalityLevel) => changes.filter((change) => change.criticality.level === wanted)
  return { breaking: level(CriticalityLevel.Breaking), dangerous: level(CriticalityLevel.Dangerous), safe: level(CriticalityLevel.NonBreaking) }
}
