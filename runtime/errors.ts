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
 * Two ways a command could otherwise end with exit code 0 without having done its work, both turned into exit 1:
 * the event loop runs dry while the command still awaits something (a promise nothing will ever settle), and a
 * library calls process.exit(0) itself (Payload's migrate does when it would ask a question on a terminal).
 */
export function runMain(main: () => Promise<void | number | undefined>, { exitWhenDone = false } = {}): void {
  let settled = false
  process.once('beforeExit', () => {
    if (settled) return
    console.error('\n✖ Stopped before finishing: the command was still waiting for something that can no longer happen.')
    process.exit(1)
  })
  process.on('exit', (code) => {
    if (settled || code !== 0) return
    console.error('\n✖ Stopped before finishing: a library ended the process while the command was still running.')
    process.exitCode = 1
  })
  main().then((exitCode) => {
    settled = true
    // A command that returns a code (the exit code of a child it ran) ends with it.
    if (exitWhenDone || exitCode !== undefined) process.exit(exitCode ?? 0)
  }, (error: unknown) => {
    settled = true
    if (error instanceof StartupError) {
      console.error(`\n✖ ${error.message}`)
      if (error.hint) console.error(`  ${error.hint}`)
    } else {
      console.error('\n✖ Unexpected failure:', error)
    }
    process.exit(1)
  })
}
