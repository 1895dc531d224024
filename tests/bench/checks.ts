import { cpuCheck, rateCheck, ratioCheck, type Check, type DataSetId, type Report } from './report'

/** The read operations each data set measures against Payload's closest query. */
export const READS = ['Q1', 'Q2', 'Q3', 'Q4', 'supportLine', 'publications'] as const

/** Issue 16: every uncached read at least 5× Payload's closest query, on each data set. */
export function readRatios(set: DataSetId, rows: Report['rows']): Check[] {
  return READS.map((op) => ratioCheck(`${op} uncached vs Payload, ${set} data`, rows, op, 'api', 'payload', 5))
}

/** The checks that only the enlarged set runs: the cache, the machine's ceiling (bare, json_agg) and the preflight. */
export function enlargedRatios(rows: Report['rows']): Check[] {
  return [
    ratioCheck('Q1 cached vs Payload', rows, 'Q1', 'api-cached', 'payload', 50),
    ratioCheck('Q1 cached vs bare node:http', rows, 'Q1', 'api-cached', 'bare', 0.5),
    ratioCheck('Q1 uncached vs json_agg', rows, 'Q1', 'api', 'json_agg', 0.25),
    ratioCheck('P1 preflight vs bare node:http', rows, 'P1', 'api', 'bare', 0.5),
    ratioCheck('P1 preflight vs Payload', rows, 'P1', 'api', 'payload', 1),
  ]
}

/** Issue 16: the headline lookup at 1,000 req/s on the seeded data, for at most 1 ms of the API's CPU each. */
export function throughputChecks(seeded: Report['rows']): Check[] {
  return [rateCheck('Q2 uncached, seeded data', seeded, 'Q2', 'api', 1000), cpuCheck('API CPU per uncached Q2, seeded data', seeded, 'Q2', 'api', 1)]
}
