import { readFileSync } from 'node:fs'
import ts from 'typescript'

/** A test or suite as a test file declares it: `it('title', …)`, `test.each(…)('title', …)`, `describe('title', …)`. */
export type DeclaredTest = { kind: 'test' | 'suite'; title: string }

const KINDS: Record<string, DeclaredTest['kind']> = { it: 'test', test: 'test', describe: 'suite' }
/** Modifiers that still run the test; `skip`, `todo`, `only`, `skipIf` and `runIf` are left out: such a test proves nothing here. */
const RUNNING = new Set(['each', 'concurrent', 'sequential'])

/** `it`, `it.concurrent`, `it.each(rows)`: the kind it declares, or undefined for anything else (`it.skip`, a helper). */
function kindOf(callee: ts.Expression): DeclaredTest['kind'] | undefined {
  if (ts.isIdentifier(callee)) return KINDS[callee.text]
  if (ts.isPropertyAccessExpression(callee) && RUNNING.has(callee.name.text)) return kindOf(callee.expression)
  if (ts.isCallExpression(callee) && ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'each') return kindOf(callee.expression.expression)
  return undefined
}

/**
 * The tests and suites a file declares with a literal title, found in its syntax tree (not its text: a title in a
 * comment or a string elsewhere does not count). Titles of `each` keep their placeholders, as written.
 */
export function declaredTests(file: string): DeclaredTest[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const found: DeclaredTest[] = []
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const kind = kindOf(node.expression)
      const [title] = node.arguments
      if (kind && title && (ts.isStringLiteral(title) || ts.isNoSubstitutionTemplateLiteral(title))) found.push({ kind, title: title.text })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}
