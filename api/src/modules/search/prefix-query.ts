import { foldLetters } from '../../common/fold'

/**
 * The Snowball stemmer leaves Swedish definite forms such as "människohandeln" (the trafficking) apart from
 * "människohandel", and ignores "manniskohandeln" typed without Swedish letters. This builds a prefix query
 * for the 'simple' configuration over folded text: each word, and each word without a definite ending, as a
 * prefix ("manniskohandel:*"). Words shorter than four letters add nothing, to keep prefixes meaningful.
 */
const DEFINITE_ENDINGS = ['arna', 'erna', 'orna', 'heten', 'en', 'et', 'na', 'n', 't']
const MIN_PREFIX = 4

export function prefixQuery(words: string): string {
  const terms = foldLetters(words)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= MIN_PREFIX)
    .map((word) => {
      const variants = new Set([word])
      for (const ending of DEFINITE_ENDINGS) {
        if (word.endsWith(ending) && word.length - ending.length >= MIN_PREFIX) variants.add(word.slice(0, -ending.length))
      }
      return `(${[...variants].map((variant) => `${variant}:*`).join(' | ')})`
    })
  return terms.join(' & ')
}
