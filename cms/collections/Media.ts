import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, isEditor } from '../access/roles'
import { cmsEnv } from '../env'
import { t } from '../fields/i18n'
import { notifyCollectionChanged, notifyCollectionDeleted } from '../hooks/notify-content-changed'

/** Files attached to publications: PDFs of reports and information material. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('Fil', 'File'), plural: t('Filer', 'Files') },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: {
    group: t('Kunskap', 'Knowledge'),
    description: t('Uppladdade filer, t.ex. rapporter som PDF.', 'Uploaded files, such as reports as PDF.'),
  },
  // Publications link their file: a replaced or removed file changes what the public API answers.
  hooks: { afterChange: [notifyCollectionChanged], afterDelete: [notifyCollectionDeleted] },
  upload: {
    staticDir: cmsEnv.mediaDir ?? path.resolve(process.cwd(), '.data/media'),
    mimeTypes: ['application/pdf', 'image/*'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: t('Beskrivning', 'Description'),
      admin: { description: t('Beskriv filens innehåll för skärmläsare.', "Describe the file's content for screen readers.") },
    },
  ],
}
