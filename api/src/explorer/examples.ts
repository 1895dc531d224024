import type { ExampleTab } from './config'

/** The most common question: who to call about a municipality, and whether the national line is open now. */
const contacts = (comment: string, operation: string, locale: 'SV' | 'EN') => `${comment}
query ${operation} {
  coordinatorsForMunicipality(municipality: "Kiruna", locale: ${locale}) {
    municipality { name }
    county { name }
    region { name }
    coordinators {
      title
      status
      phones { display telUri }
      email
    }
    hasReachableCoordinator
    fallback {
      name
      phone { display }
      isOpenNow
      nextOpensAt
    }
  }
  supportLine(locale: ${locale}) {
    isOpenNow
    nextOpensAt
    openingHours { days opens closes }
    emergencyNumbers { label phone { display } }
  }
}
`

/**
 * The explorer's preloaded tabs: the questions professionals and integrators ask most. Plain GraphQL text, so
 * tests/api/explorer.test.ts validates every one against schema.graphql and runs it against the seeded API: an
 * example that no longer matches the schema fails the tests instead of confusing a developer.
 *
 * Comments never contain the word "query" followed by a name: GraphiQL takes the first such match as the tab title.
 * Arguments are literals, not variables: GraphiQL 5.4 fills the variables editor of the first tab from storage only,
 * not from `defaultTabs`, so a first visit would run the example without its variables.
 */
export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: contacts(
      `# Vem är regionkoordinator för Kiruna,
# och är stödtelefonen öppen nu?
# Byt kommun (namn eller SCB-kod, t.ex.
# "1480") och kör med ▶ eller Ctrl+Enter.`,
      'KoordinatorOchStodtelefon',
      'SV',
    ),
  },
  {
    query: contacts(
      `# Who is the regional coordinator for Kiruna,
# and is the support line open now? In English:
# without \`locale\`, the API follows the
# Accept-Language header, else Swedish.`,
      'CoordinatorAndSupportLine',
      'EN',
    ),
  },
  {
    query: `# Polisregionerna med län och koordinatorer.
# The police regions, counties and coordinators.
query Regions {
  regions {
    name
    slug
    counties { code name }
    coordinators { title status }
  }
}
`,
  },
  {
    query: `# Sök kommun på en del av namnet; bläddra
# vidare med after: endCursor.
# Search municipalities by part of the name;
# page on with after: endCursor.
query SearchMunicipalities {
  municipalities(search: "göte", first: 5) {
    totalCount
    nodes { code name region { name } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
]
