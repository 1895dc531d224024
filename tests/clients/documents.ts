import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql'
import { ROOT } from '../../runtime/paths'

const DOCUMENTS_DIR = path.join(ROOT, 'examples/documents')

export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
}

/** Every example document in one DocumentNode, so that fragments resolve across files as codegen resolves them. */
export function exampleDocuments(): DocumentNode {
  const files = readdirSync(DOCUMENTS_DIR).filter((name) => name.endsWith('.graphql'))
  return parse(files.map((name) => readFileSync(path.join(DOCUMENTS_DIR, name), 'utf8')).join('\n'))
}

/** The object types a client cache normalises: those with an `id` field. Read from the schema, never listed. */
export function typesWithId(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && 'id' in type.getFields())
}

/** The object types whose answers depend on the language (they implement `Localized`). */
export function localizedTypes(schema: GraphQLSchema): Set<string> {
  const localized = schema.getType('Localized')
  return new Set(isInterfaceType(localized) ? schema.getPossibleTypes(localized).map((type) => type.name) : [])
}

export type Selections = { reached: Set<string>; missing: string[] }

/**
 * Walks every operation of the documents with the schema: which object types they reach, and where a selection
 * on a type with an `id` (or a Localized type) lacks `id` (or `locale`), which the cache needs to normalise it.
 */
export function cacheKeySelections(schema: GraphQLSchema, document: DocumentNode): Selections {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  const localized = localizedTypes(schema)
  const result: Selections = { reached: new Set(), missing: [] }

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, where: string) => {
    const concrete = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]
    for (const type of concrete) {
      if (!isObjectType(type)) continue
      result.reached.add(type.name)
      const fields = fieldsFor(selectionSet, type)
      const names = new Set(fields.map((field) => field.name.value))
      if ('id' in type.getFields() && !names.has('id')) result.missing.push(`${where}: ${type.name} without id`)
      if (localized.has(type.name) && !names.has('locale')) result.missing.push(`${where}: ${type.name} without locale`)
      for (const field of fields) {
        const definition = type.getFields()[field.name.value]
        const named = definition ? getNamedType(definition.type) : undefined
        if (field.selectionSet && named && isCompositeType(named)) visit(field.selectionSet, named, `${where}.${field.name.value}`)
      }
    }
  }

  /** The fields selected on one concrete type: its own, and those of fragments whose condition it satisfies. */
  const fieldsFor = (selectionSet: SelectionSetNode, type: GraphQLObjectType): FieldNode[] =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection]
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection
      const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type
      const applies = condition === type || (condition !== undefined && isAbstractType(condition) && schema.isSubType(condition, type))
      return fragment && applies ? fieldsFor(fragment.selectionSet, type) : []
    })

  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root = schema.getRootType(definition.operation)
    if (root) visit(definition.selectionSet, root, definition.name?.value ?? definition.operation)
  }
  return result
}

/**
 * `npm run codegen`, as `npm run typecheck` runs it: the generated client is not committed, so the test makes it
 * from the documents it is about to run (a stale one from an earlier run would test other documents).
 */
export async function generateClient(): Promise<void> {
  await promisify(execFile)('npm', ['run', '--silent', 'codegen'], { cwd: ROOT, timeout: 120_000 })
}
