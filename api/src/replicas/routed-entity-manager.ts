import type {
  AnyEntity,
  ConnectionType,
  CountOptions,
  EntityData,
  EntityName,
  FilterQuery,
  FindOneOptions,
  FindOptions,
  Loaded,
  LoggingOptions,
  PopulatePath,
  QueryResult,
} from '@mikro-orm/core'
import { EntityManager, type Knex, type PostgreSqlDriver } from '@mikro-orm/postgresql'
import type { ReplicaReads } from './replica-reads'

/**
 * MikroORM's EntityManager with one switch: `readFromReplica` sends this request's reads that run outside a
 * transaction (find, findOne, count, and `execute` of a SELECT with the default method) to a read replica
 * (MikroORM's `replicas`, connection type 'read'). Everything else, and every request that was not switched, uses
 * the primary: `preferReadReplicas` is off (orm.ts), so the outbox, the limits, the keys and mutations never read a
 * replica by accident.
 *
 * A read the replica cannot answer (down, restarting, a statement cancelled by a recovery conflict) is run again
 * on the primary, and the rest of the request stays there; ReplicaReads keeps later requests on the primary until
 * the replica answers again and has replayed what the primary had then.
 */
export class RoutedEntityManager extends EntityManager<PostgreSqlDriver> {
  private replica: ReplicaReads | undefined

  /** This request's reads go to a replica (ReplicaReads decided that one is usable). */
  readFromReplica(reads: ReplicaReads): void {
    this.replica = reads
  }

  /** Whether this request reads from a replica now (tests and logs). */
  get readsFromReplica(): boolean {
    return this.replica !== undefined
  }

  override find<Entity extends object, Hint extends string = never, Fields extends string = PopulatePath.ALL, Excludes extends string = never>(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>>,
    options: FindOptions<Entity, Hint, Fields, Excludes> = {},
  ): Promise<Loaded<Entity, Hint, Fields, Excludes>[]> {
    return this.routed(options.connectionType, (connectionType) => super.find(entityName, where, { ...options, connectionType }))
  }

  override findOne<Entity extends object, Hint extends string = never, Fields extends string = '*', Excludes extends string = never>(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>>,
    options: FindOneOptions<Entity, Hint, Fields, Excludes> = {},
  ): Promise<Loaded<Entity, Hint, Fields, Excludes> | null> {
    return this.routed(options.connectionType, (connectionType) => super.findOne(entityName, where, { ...options, connectionType }))
  }

  override count<Entity extends object, Hint extends string = never>(
    entityName: EntityName<Entity>,
    where: FilterQuery<NoInfer<Entity>> = {} as FilterQuery<NoInfer<Entity>>,
    options: CountOptions<Entity, Hint> = {},
  ): Promise<number> {
    return this.routed(options.connectionType, (connectionType) => super.count(entityName, where, { ...options, connectionType }))
  }

  override execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    // Only plain reads: 'run' and 'get' are what the code uses for writes and single rows inside transactions.
    if (method !== 'all') return super.execute<T>(queryOrKnex, params, method, loggerContext)
    return this.routed(undefined, async (connectionType) => {
      if (connectionType !== 'read') return super.execute<T>(queryOrKnex, params, method, loggerContext)
      try {
        return await this.getConnection('read').execute<T>(queryOrKnex, params, method, undefined, loggerContext ?? this.getLoggerContext())
      } catch (error) {
        throw this.typed(error)
      }
    })
  }

  /**
   * A read as a named prepared statement, routed like `execute`: PostgreSQL parses and plans it once per connection
   * instead of once per call (search's statement took ~3 ms to plan, as long as ranking its matches). `execute`
   * cannot: MikroORM inlines the bindings into the SQL text, so every call is a new statement. `name` must always
   * come with the same `sql` (the pg driver prepares it under that name on each connection).
   */
  executePrepared<Row>(name: string, sql: string, bindings: Knex.ValueDict, connectionType?: ConnectionType): Promise<Row[]> {
    return this.routed(connectionType, async (chosen) => {
      const query = this.getConnection(chosen === 'read' ? 'read' : 'write')
        .getKnex()
        .raw<{ rows: Row[] }>(sql, bindings)
        .options({ name })
      const transaction = this.getTransactionContext<Knex.Transaction>()
      if (transaction) query.transacting(transaction)
      try {
        return (await query).rows
      } catch (error) {
        throw this.typed(error)
      }
    })
  }

  /** A driver error as MikroORM's typed exceptions (ConnectionException and the like), as the driver's own calls throw them. */
  private typed(error: unknown): unknown {
    return error instanceof Error ? this.getDriver().convertException(error) : error
  }

  /** The EntityManager of a request or a fork: orm.ts makes every one a RoutedEntityManager. */
  static of(em: EntityManager): RoutedEntityManager {
    if (!(em instanceof RoutedEntityManager)) throw new TypeError('orm.ts configures RoutedEntityManager as the EntityManager')
    return em
  }

  private async routed<T>(explicit: ConnectionType | undefined, run: (connectionType: ConnectionType | undefined) => Promise<T>): Promise<T> {
    const reads = this.replica
    if (!reads || explicit !== undefined || this.isInTransaction()) return run(explicit)
    try {
      return await run('read')
    } catch (error) {
      if (!reads.isReplicaFailure(error)) throw error
      // The rest of this request reads the primary; the next ones too until the replica is back and caught up.
      this.replica = undefined
      reads.replicaFailed(error)
      return run(undefined)
    }
  }
}
