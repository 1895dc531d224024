import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A throw-away git repository for the schema gate's tests, isolated from the user's git configuration. */
export class TestRepo {
  private readonly env: NodeJS.ProcessEnv

  /** `init`: false for a directory that is (or is about to be, through `git clone`) a repository already. */
  constructor(
    readonly dir: string,
    init = true,
  ) {
    this.env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Gate Test',
      GIT_AUTHOR_EMAIL: 'gate@test.invalid',
      GIT_COMMITTER_NAME: 'Gate Test',
      GIT_COMMITTER_EMAIL: 'gate@test.invalid',
    }
    if (init) this.git('init', '-q', '-b', 'main')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8' }).trim()
  }

  /** Writes (or, with null, deletes) files in the work tree. */
  write(files: Record<string, string | null>): void {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name)
      if (content === null) rmSync(file, { force: true })
      else {
        mkdirSync(path.dirname(file), { recursive: true })
        writeFileSync(file, content)
      }
    }
  }

  /** Writes the files and commits everything; returns the commit's id. */
  commit(files: Record<string, string | null>, message: string): string {
    this.write(files)
    this.git('add', '-A')
    this.git('commit', '-q', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }
}
