import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Everything the product keeps on disk locally: embedded database, secrets, media, caught mail. Git-ignored. */
export const DATA_DIR = path.join(ROOT, '.data')
export const CMS_DIR = path.join(ROOT, 'cms')
/** What the CMS and the API share: channels, the outbox row, select values, validation rules. */
export const CONTRACTS_DIR = path.join(ROOT, 'contracts')
