import type { EntityManager } from '@mikro-orm/postgresql'
import { INDEX_CURRENT_SQL, REBUILD_CLEAR_SQL, REBUILD_FILL_SQL, SEARCH_INDEX_LOCK } from './search.sql'

/**
 * Rebuilds the search index (nspm_api.search_documents) unless another request or API process has just done so.
 * Called when a search finds the index older than the content: the first search after a publish pays for the
 * rebuild, every other search reads precomputed vectors. Readers see the old index until this commits.
 */
export async function rebuildSearchIndex(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute('SELECT pg_advisory_xact_lock(?)', [SEARCH_INDEX_LOCK])
    const [state] = await tx.execute<{ current: boolean }[]>(INDEX_CURRENT_SQL)
    if (state?.current) return
    await tx.execute(REBUILD_CLEAR_SQL, [], 'run')
    await tx.execute(REBUILD_FILL_SQL, [], 'run')
  })
}
