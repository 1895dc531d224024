import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Vitest's order (slowest and failed first), except that the minute-long load test goes last: it measures
 * latency and memory, and with the rest of the suite mostly finished its figures mean something.
 */
export default class LoadLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isLoad = (file: TestSpecification) => file.moduleId.includes('/reliability/mixed-load')
    return [...sorted.filter((file) => !isLoad(file)), ...sorted.filter(isLoad)]
  }
}
