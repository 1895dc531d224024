import { foldName } from '../../common/fold'

/**
 * The forms people write a municipality's name in, besides the bare name: "Stockholms kommun", "Göteborgs stad",
 * "Region Gotland", "Gotlands kommun", "Kiruna municipality". A leading "Region" or "Kommun" and a trailing
 * "kommun", "stad" or "municipality" are dropped, then the genitive s ("Stockholms"). Names that end in s take
 * no genitive s in Swedish ("Borås stad", "Västerås kommun"), so the form with its s comes first; no municipality's
 * name is another's with an s added (tests/api/municipality-lookup.test.ts checks all 290).
 */
const LEADING_WORDS = /^(?:region|kommun|municipality\s+of|city\s+of)\s+/iu
const TRAILING_WORDS = /\s+(?:kommun|kommune|stad|municipality|city)$/iu

/** The names `query` may mean, most literal first: as typed, without the added words, without the genitive s. */
export function nameCandidates(query: string): string[] {
  const typed = query.trim().replace(/\s+/gu, ' ')
  const core = typed.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').trim()
  const candidates = [typed, core]
  if (/\p{L}s$/iu.test(core)) candidates.push(core.slice(0, -1))
  return [...new Set(candidates.filter((candidate) => foldName(candidate) !== ''))]
}

/** Edit distance (Levenshtein) with one rolling row: names are short, so this stays cheap for 290 of them. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]!
}

/** Up to `limit` names close to `query`: prefix matches first, then by edit distance within a third of the length. */
export function closestNames(query: string, names: string[], limit = 5): string[] {
  const wanted = foldName(query)
  if (!wanted) return []
  const tolerance = Math.max(2, Math.floor(wanted.length / 3))
  return names
    .map((name) => {
      const folded = foldName(name)
      const distance = folded.startsWith(wanted) ? -1 : editDistance(wanted, folded)
      return { name, distance }
    })
    .filter((candidate) => candidate.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'sv'))
    .slice(0, limit)
    .map((candidate) => candidate.name)
}
