import type { CollectionConfig } from 'payload'
import { isAdmin, isEditor, isStaff, publishedOrStaff } from '../access/roles'
import { recordEditor, updatedByField } from '../fields/updatedBy'
import { notifyCollectionChanged, notifyCollectionDeleted } from '../hooks/notify-content-changed'

/**
 * What every editorial collection shares: drafts that editors publish deliberately, a version history that
 * records who saved each version, anonymous readers limited to published documents.
 */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}

/** Reference data (the geography) is edited rarely and by administrators; editors may correct it. */
export const referenceAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isAdmin,
  update: isEditor,
  delete: isAdmin,
}

const draftVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 100,
}

export function editorial(config: CollectionConfig): CollectionConfig {
  return {
    access: editorialAccess,
    versions: draftVersions,
    ...config,
    fields: [...config.fields, updatedByField()],
    hooks: {
      ...config.hooks,
      beforeChange: [recordEditor, ...(config.hooks?.beforeChange ?? [])],
      // The public API caches what editors publish; these tell every API replica to forget it.
      afterChange: [...(config.hooks?.afterChange ?? []), notifyCollectionChanged],
      afterDelete: [...(config.hooks?.afterDelete ?? []), notifyCollectionDeleted],
    },
  }
}
