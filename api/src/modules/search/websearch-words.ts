/**
 * A hyphen before a word excludes it ("-prostitution"). PostgreSQL's websearch parser stacks one NOT per hyphen
 * until a word arrives, skipping blanks, quotes and operator characters between them, and fails past 32 of them
 * ("tsquery stack too small", an internal error XX000): 200 hyphens answered INTERNAL_SERVER_ERROR. A run of
 * hyphens is one exclusion, whatever separates them; two NOTs in a row meant nothing a person would type anyway.
 */
const EXCLUSION_RUN = /-(?:[\s"'()*:<>!&|\\]*-)+/g

/** The user's words as websearch_to_tsquery reads them, with every run of exclusions collapsed to one. */
export function websearchWords(words: string): string {
  return words.replace(EXCLUSION_RUN, '-')
}
