import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import { PUBLIC_TYPE_NAMES, type PublicTypeName } from '../../../contracts/public-types'
import { ContentChange } from '../modules/changes/content-change.entity'
import { CoordinatorCheck } from '../modules/coordinators/coordinator-check.entity'
import { LOADERS, type PublicDocuments } from './documents'
import { Snapshot } from './snapshot'

type MutableMaps = { -readonly [T in PublicTypeName]: ReadonlyMap<number, PublicDocuments[T]> }

/** What a notification asks to refresh besides the change log. */
export type Refresh = { changes: boolean; checks: boolean; media: boolean }

const checksNewestFirst = (em: EntityManager) => em.find(CoordinatorCheck, {}, { orderBy: { id: 'desc' } })

/** The last id of the change log (0 when empty), read before the documents, so nothing committed meanwhile is skipped. */
async function headOfLog(em: EntityManager): Promise<number> {
  const [last] = await em.find(ContentChange, {}, { orderBy: { id: 'desc' }, limit: 1 })
  return last ? Number(last.id) : 0
}

/** TypeScript cannot write a mapped type's property through a generic key; each key's value type is its own. */
function setMap<T extends PublicTypeName>(maps: MutableMaps, type: T, map: ReadonlyMap<number, PublicDocuments[T]>): void {
  ;(maps as { [K in T]: ReadonlyMap<number, PublicDocuments[T]> })[type] = map
}

/** Each type in its own fork, so that the types load in parallel (up to the pool's size). */
async function loadType<T extends PublicTypeName>(orm: MikroORM, maps: MutableMaps, type: T): Promise<void> {
  const documents = await LOADERS[type](orm.em.fork())
  setMap(maps, type, new Map(documents.map((document) => [document.id, document])))
}

/** Every published document, from the primary (a replica may not have replayed what the notification announced). */
export async function loadSnapshot(orm: MikroORM): Promise<Snapshot> {
  const changeId = await headOfLog(orm.em.fork())
  const maps = {} as MutableMaps
  const [checks] = await Promise.all([checksNewestFirst(orm.em.fork()), ...PUBLIC_TYPE_NAMES.map((type) => loadType(orm, maps, type))])
  return new Snapshot(maps, checks, changeId)
}

/** `all`: every published document of the type replaces `ids`. */
async function reloadType<T extends PublicTypeName>(em: EntityManager, maps: MutableMaps, type: T, ids: readonly number[], all = false): Promise<void> {
  const documents = await LOADERS[type](em, all ? undefined : ids)
  const next = new Map(maps[type])
  for (const id of ids) next.delete(id)
  for (const document of documents) next.set(document.id, document)
  setMap(maps, type, next)
}

/** The highest change id the retention job deleted (changes.retention.ts): the log is complete only after it. */
async function retentionHorizon(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ deleted_through: string }[]>('SELECT deleted_through::text FROM nspm_api.change_log_horizon WHERE id = 1')
  return Number(row?.deleted_through ?? 0)
}

/**
 * The snapshot after what a notification announced: the change log's rows after the snapshot's position, each
 * changed document reloaded by type and id (unpublished and deleted ones leave), and the checks or the files when
 * asked. When retention deleted rows the snapshot has not applied, the log cannot say what changed: reload all.
 */
export async function refreshSnapshot(orm: MikroORM, snapshot: Snapshot, refresh: Refresh): Promise<Snapshot> {
  const em = orm.em.fork()
  const maps: MutableMaps = { ...snapshot.documents } as MutableMaps
  let changeId = snapshot.changeId
  let checks = snapshot.checks
  let coordinatorsChanged = false
  if (refresh.changes) {
    if ((await retentionHorizon(em)) > changeId) return loadSnapshot(orm)
    const changes = await em.find(ContentChange, { id: { $gt: String(changeId) } }, { orderBy: { id: 'asc' } })
    const changed = new Map<PublicTypeName, Set<number>>()
    for (const change of changes) {
      const ids = changed.get(change.type) ?? new Set<number>()
      ids.add(change.documentId)
      changed.set(change.type, ids)
      changeId = Math.max(changeId, Number(change.id))
    }
    coordinatorsChanged = changed.has('Coordinator')
    await Promise.all([...changed].map(([type, ids]) => reloadType(orm.em.fork(), maps, type, [...ids])))
  }
  // An upload's notification says only "media": every publication is reloaded (one file may have gone, another come).
  if (refresh.media) await reloadType(em, maps, 'Publication', [...maps.Publication.keys()], true)
  // A coordinator's new verification changes which of its checks count.
  if (refresh.checks || coordinatorsChanged) checks = await checksNewestFirst(em)
  return new Snapshot(maps, checks, changeId)
}
