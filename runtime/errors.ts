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
 * With `exitWhenDone`, a finished command exits even if a library left a handle open.
 */
export function runMain(main: () => Promise<void>, { exitWhenDone = false } = {}): void {
  main().then(() => {
    if (exitWhenDone) process.exit(0)
  }, (error: unknown) => {
    if (error instanceof StartupError) {
      console.error(`\n✖ ${error.message}`)
      if (error.hint) console.error(`  ${error.hint}`)
    } else {
      console.error('\n✖ Unexpected failure:', error)
    }
    process.exit(1)
  })
}
