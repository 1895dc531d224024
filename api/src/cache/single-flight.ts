/**
 * Single-flight coalescing: while a cacheable query runs, identical requests wait for its answer instead of running
 * it again. Without it, an entry that expired under load (or a publish that emptied the cache) sent all 50 waiting
 * clients to the database at once and exhausted the pool.
 */
export class SingleFlight<T> {
  private readonly executions = new Map<string, Promise<T | undefined>>()

  /** The answer of the execution of `key` under way, if one is; it resolves to undefined when it cannot be shared. */
  joinable(key: string): Promise<T | undefined> | undefined {
    return this.executions.get(key)
  }

  /**
   * Runs `work` as the execution of `key` that later requests join, unless one is under way already (a follower
   * whose leader's answer was not shareable: an error, no-store, a publish meanwhile); then it runs on its own.
   */
  async run(key: string, work: () => Promise<T | undefined>): Promise<void> {
    if (this.executions.has(key)) return void (await work())
    const execution = work()
    this.executions.set(
      key,
      execution.catch(() => undefined),
    )
    try {
      await execution
    } finally {
      this.executions.delete(key)
    }
  }
}
