import { ReferenceKind, type Collection, type EntityManager, type EntityMetadata, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql'

/** What a view reads of a to-many relation: the loaded rows, in the relation's order. */
type Items<T> = { getItems(): readonly T[] }

type Ref = { readonly id: number }

/**
 * A read-only copy of an entity as the snapshot holds it: scalars as MikroORM maps them, to-many relations as
 * Items of copies, many-to-one relations as `{ id }` (with the rest when it was populated, e.g. a file).
 */
export type Plain<T> = {
  readonly [K in keyof T]: T[K] extends Collection<infer U extends object>
    ? Items<Plain<U>>
    : NonNullable<T[K]> extends Date
      ? T[K]
      : NonNullable<T[K]> extends { id: number }
        ? (Ref & Partial<Plain<NonNullable<T[K]>>>) | Extract<T[K], null | undefined>
        : T[K]
}

type Row = Record<string, unknown>

const notLoaded: Items<never> = {
  getItems() {
    throw new Error("This relation is not loaded into the snapshot: add it to the type's populate list (read-model/documents.ts).")
  },
}

const items = <T>(rows: readonly T[]): Items<T> => ({ getItems: () => rows })

/**
 * Rows of `meta`'s table matching `where`, mapped to property names by MikroORM (so no column is named here), with
 * the relations in `populate` ("phones", "phones.locales", "file") loaded the same way: one statement per relation,
 * children grouped under their parent in the relation's `orderBy`. No entity is created: plain objects cost a
 * fraction of MikroORM's hydration and identity map (issue 16 measured 1 s for 507 populated coordinators).
 */
export async function loadPlain(em: EntityManager, meta: EntityMetadata, where: FilterQuery<object>, populate: readonly string[], orderBy?: QueryOrderMap<object>): Promise<Row[]> {
  // The mapped columns only: what Payload adds beside them (created_at, updated_by_id …) stays out of memory.
  const columns = meta.props.filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE).map((prop) => prop.name)
  const query = em.createQueryBuilder(meta.class).select(columns).where(where)
  if (orderBy) query.orderBy(orderBy)
  const rows = (await query.execute('all', true)) as Row[]
  for (const row of rows) {
    for (const prop of meta.props) {
      if (prop.kind === ReferenceKind.MANY_TO_ONE) row[prop.name] = row[prop.name] === null || row[prop.name] === undefined ? null : { id: row[prop.name] }
      else if (prop.kind === ReferenceKind.ONE_TO_MANY) row[prop.name] = notLoaded
    }
  }
  const ids = rows.map((row) => row[meta.primaryKeys[0]!])
  const nested = new Map<string, string[]>()
  for (const path of populate) {
    const [head, ...rest] = path.split('.')
    nested.set(head!, [...(nested.get(head!) ?? []), ...(rest.length > 0 ? [rest.join('.')] : [])])
  }
  const loaded = await Promise.all(
    [...nested].map(async ([name, paths]) => {
      const prop = meta.properties[name]
      if (!prop?.targetMeta) throw new Error(`${meta.className}.${name} is not a relation`)
      if (prop.kind === ReferenceKind.ONE_TO_MANY) {
        const children = ids.length === 0 ? [] : await loadPlain(em, prop.targetMeta, { [prop.mappedBy]: { $in: ids } }, paths, (prop.orderBy ?? {}) as QueryOrderMap<object>)
        const byParent = new Map<unknown, Row[]>()
        for (const child of children) {
          const parent = (child[prop.mappedBy] as Ref).id
          const group = byParent.get(parent)
          if (group) group.push(child)
          else byParent.set(parent, [child])
        }
        return { name, attach: (row: Row) => items(byParent.get(row[meta.primaryKeys[0]!]) ?? []) }
      }
      const targets = [...new Set(rows.map((row) => (row[name] as Ref | null)?.id).filter((id) => id !== undefined && id !== null))]
      const found = targets.length === 0 ? [] : await loadPlain(em, prop.targetMeta, { id: { $in: targets } }, paths)
      const byId = new Map(found.map((target) => [target.id, target]))
      return { name, attach: (row: Row) => byId.get((row[name] as Ref | null)?.id) ?? row[name] ?? null }
    }),
  )
  for (const row of rows) for (const { name, attach } of loaded) row[name] = attach(row)
  return rows
}
