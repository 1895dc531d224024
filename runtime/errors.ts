/** A failure the operator can fix: printed as one clear sentence, never as a stack trace. */
export class StartupError extends Error {
  override readonly name = 'StartupError'
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message)
  }
}

/**
 * Runs a command-line entry point: known failures print their message and hint; anything else its stack.
 * With `exitWhenDone`, a finished command exits even if a library left a handle open; a command that resolves
 * to a number exits with it.
 *
 * A command never ends with exit code 0 before its work is done: it stays alive while it awaits something that
 * holds no handle of its own, and a library calling process.exit(0) meanwhile (Payload's migrate does when it
 * would ask a question on a terminal) makes it exit 1 with a sentence.
 */
export function runMain(main: () => Promise<void | number | undefined>, { exitWhenDone = false } = {}): void {
  let settled = false
  // Node 20 lets the process end, with exit code 0, while a dynamic import() is still being loaded through tsx's
  // off-thread module hooks (seen with a cold transform cache: the import of the Payload config never returned and
  // nothing was migrated or seeded). A referenced timer keeps the command alive until its work has settled.
  const keepAlive = setInterval(() => {}, 60_000)
  process.on('exit', (code) => {
    if (settled || code !== 0) return
    console.error('\n✖ Stopped before finishing: a library ended the process while the command was still running.')
    process.exitCode = 1
  })
  main().then(
    (exitCode) => {
      settled = true
      clearInterval(keepAlive)
      // A command that returns a code (the exit code of a child it ran) ends with it.
      if (exitWhenDone || exitCode !== undefined) process.exit(exitCode ?? 0)
    },
    (error: unknown) => {
      settled = true
      clearInterval(keepAlive)
      if (error instanceof StartupError) {
        console.error(`\n✖ ${error.message}`)
        if (error.hint) console.error(`  ${error.hint}`)
      } else {
        console.error('\n✖ Unexpected failure:', error)
      }
      process.exit(1)
    },
  )
}
