/**
 * What the server hands the browser app in the page (a JSON data block, not a script, so the CSP can stay
 * `script-src 'self'`). Shared by page.ts and client/main.ts; type-only, so nothing of the server is bundled.
 */
export type WorkerLabel = 'editor' | 'json' | 'graphql'

export type ExampleTab = {
  /** A GraphQL document; GraphiQL titles the tab after its operation name. */
  query: string
}

export type ExplorerConfig = {
  /** Where GraphiQL sends operations: the page's own URL, which is the GraphQL endpoint. */
  endpoint: string
  /** Same-origin URLs of Monaco's web workers; content-hashed, so they change with every new bundle. */
  workers: Record<WorkerLabel, string>
  tabs: ExampleTab[]
}
