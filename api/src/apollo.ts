import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { cachePolicyPlugins } from './cache/cache-policy'
import { createFormatError } from './common/errors'
import { queryProtection, type QueryLimits } from './common/limits'
import { unavailableStatus } from './common/unavailable-status'
import type { ApiContext } from './context'
import { queryBudgetPlugin } from './limits/query-budget-plugin'
import type { Logger } from './observability/logger'
import { replicaReadsPlugin } from './replicas/replica-plugin'
import type { ReplicaReads } from './replicas/replica-reads'
import { buildApiSchema } from './schema'

type Options = { introspection: boolean; production: boolean; limits: QueryLimits; log: Logger; replicaReads?: ReplicaReads }

/** Apollo with the API's schema, query protection, cache policy, query budget and error mapping (formatError), started. */
export async function startApollo({ introspection, production, limits, log, replicaReads }: Options): Promise<ApolloServer<ApiContext>> {
  const protection = queryProtection(production, limits)
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection,
    csrfPrevention: true,
    // index.ts drains on SIGTERM itself. Apollo's own handler (on unless NODE_ENV=test) would stop Apollo first and
    // re-send the signal, and the drain's apollo.stop() then never returned: the process stayed up after SIGTERM.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    validationOptions: protection.validationOptions,
    formatError: createFormatError(log),
    plugins: [
      ...protection.plugins,
      ...cachePolicyPlugins(),
      queryBudgetPlugin(),
      unavailableStatus(),
      ...(replicaReads ? [replicaReadsPlugin(replicaReads)] : []),
      ApolloServerPluginLandingPageDisabled(),
    ],
  })
  await apollo.start()
  return apollo
}
