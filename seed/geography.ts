import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The official geography: SCB codes for counties and municipalities, and the police region of each county. */
export type MunicipalityRow = { code: string; name: string; countyCode: string }
export type CountyRow = { code: string; name: string; regionSlug: string }

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data')

function readCsv(file: string): string[][] {
  const [, ...rows] = readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/)
  return rows.map((row) => row.split(',').map((cell) => cell.trim()))
}

export function municipalityRows(): MunicipalityRow[] {
  return readCsv('se-municipalities.csv').map(([code = '', name = '', countyCode = '']) => ({ code, name, countyCode }))
}

export function countyRows(): CountyRow[] {
  return readCsv('police-regions.csv').map(([code = '', name = '', regionSlug = '']) => ({ code, name, regionSlug }))
}
