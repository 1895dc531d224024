import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildSchema, getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../runtime/paths'
import { PUBLIC_OUTPUT_FIELDS } from './public-fields'

/**
 * Attack: read subscriber, orderer or user data through the public API. Defence: the emitted schema (which
 * schema-artifact.test.ts proves equal to the code) exposes only the output fields reviewed in public-fields.ts.
 * A new type or field fails here until someone has decided it is public.
 */
describe('the public schema exposes only reviewed fields', () => {
  const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
  const outputTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))

  it('has no output type or field outside the allow-list', () => {
    const unreviewed: string[] = []
    for (const type of outputTypes) {
      const allowed = PUBLIC_OUTPUT_FIELDS[type.name]
      if (!allowed) {
        unreviewed.push(`type ${type.name}`)
        continue
      }
      if (!isObjectType(type) && !isInterfaceType(type)) continue
      for (const field of Object.keys(type.getFields())) if (!allowed.includes(field)) unreviewed.push(`${type.name}.${field}`)
    }
    expect(unreviewed).toEqual([])
  })

  it('lists nothing that the schema no longer has (so the allow-list stays a true picture)', () => {
    const stale: string[] = []
    for (const [typeName, fields] of Object.entries(PUBLIC_OUTPUT_FIELDS)) {
      const type = schema.getType(typeName)
      if (!type || !(isObjectType(type) || isInterfaceType(type))) {
        stale.push(`type ${typeName}`)
        continue
      }
      for (const field of fields) if (!(field in type.getFields())) stale.push(`${typeName}.${field}`)
    }
    expect(stale).toEqual([])
  })

  it('reaches no private record type from any field, union or interface', () => {
    const reachable = new Set<string>()
    const visit = (type: GraphQLNamedType) => {
      if (reachable.has(type.name)) return
      reachable.add(type.name)
      if (isUnionType(type)) for (const member of type.getTypes()) visit(member)
      if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type))
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) if (root) visit(root)
    const privateNames = [...reachable].filter((name) => /user|subscriber|orderer|materialorder$|address|consent|token|session/i.test(name))
    expect(privateNames).toEqual([])
  })

  it('gives the answers to personal-data mutations no field that could carry the person', () => {
    const personal = /email|name|phone|address|^ip|token|consent|organisation|user/i
    for (const typeName of ['NewsletterSubscription', 'SubscriptionRequest', 'MaterialOrderReceipt', 'OrderLine']) {
      const type = schema.getType(typeName)
      if (!type || !isObjectType(type)) throw new Error(`${typeName} is missing from the schema`)
      expect(
        Object.keys(type.getFields()).filter((field) => personal.test(field)),
        typeName,
      ).toEqual([])
    }
  })
})
