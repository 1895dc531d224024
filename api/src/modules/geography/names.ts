/**
 * Name matching that forgives case and Swedish letters: "goteborg", "Göteborg" and "GÖTEBORG" are one name.
 * Letters with diacritics fold to their base letter (å, ä → a; ö → o; é → e), other symbols are dropped.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z0-9]/g, '')
}

/** Edit distance (Levenshtein) with one rolling row: names are short, so this stays cheap for 290 of them. */
export function editDistance(a: string, b: string): number {
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
  const wanted = normaliseName(query)
  if (!wanted) return []
  const tolerance = Math.max(2, Math.floor(wanted.length / 3))
  return names
    .map((name) => {
      const folded = normaliseName(name)
      const distance = folded.startsWith(wanted) ? -1 : editDistance(wanted, folded)
      return { name, distance }
    })
    .filter((candidate) => candidate.distance <= tolerance)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'sv'))
    .slice(0, limit)
    .map((candidate) => candidate.name)
}
