import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildSchema, isObjectType, isEnumType, isInputObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../runtime/paths'
import { runCli } from '../helpers/run-cli'

/** schema.graphql is the contract consumers read: it must match the code and describe every part of itself. */
describe('schema.graphql', () => {
  it('is what the code emits (run `npm run schema:emit` when this fails)', async () => {
    const result = await runCli('api/scripts/emit-schema.ts', {}, 60_000, ['--check'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('has a description on every type, field and argument', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
    const missing: string[] = []
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue
      if (!type.description) missing.push(type.name)
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`)
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`)
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`)
    }
    expect(missing).toEqual([])
  })
})
