/**
 * Attack: each way the database can fail a request, as the driver stack reports it (pg, knex, MikroORM wrappers).
 * Expected: infrastructure failures (pool full, refused or reset connection, terminated session, server starting or
 * stopping) become SERVICE_UNAVAILABLE with a generic message and no driver text; faults in the request or the
 * code (syntax error, constraint violation, anything unknown) stay INTERNAL_SERVER_ERROR with an error id.
 */
import { DriverException, SyntaxErrorException } from '@mikro-orm/core'
import { knex } from '@mikro-orm/postgresql'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { createFormatError } from '../../api/src/common/errors'
import { isUnavailable } from '../../api/src/common/unavailable'
import { captureLog, silentLog } from '../helpers/log-capture'

const pgError = (code: string, message: string) => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code })
const errno = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code })

describe('which database failures are SERVICE_UNAVAILABLE', () => {
  it.each([
    [
      'the pool is full (KnexTimeoutError)',
      new knex.KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'),
    ],
    ['the pool is full, wrapped by MikroORM', new DriverException(new knex.KnexTimeoutError('Knex: Timeout acquiring a connection. The pool is probably full.'))],
    ['the session was terminated (57P01)', pgError('57P01', 'terminating connection due to administrator command')],
    ['the server crashed (57P02)', pgError('57P02', 'terminating connection because of crash of another server process')],
    ['the server is starting or stopping (57P03)', pgError('57P03', 'the database system is shutting down')],
    ['a connection exception (08006)', new DriverException(pgError('08006', 'connection failure'))],
    ['too many connections (53300)', pgError('53300', 'sorry, too many clients already')],
    ['the connection is refused', errno('ECONNREFUSED')],
    ['the connection is reset', errno('ECONNRESET')],
    ['the connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['the connection ended mid-query, as knex reports it', new DriverException(new Error('insert into "x" values ($1) - Connection terminated unexpectedly'))],
    ['a transaction whose BEGIN failed (knex)', new DriverException(new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'))],
    ['a dead client is used', new Error('Client has encountered a connection error and is not queryable')],
    ['the cause is one of these', new Error('transaction failed', { cause: errno('ECONNREFUSED') })],
  ])('%s: SERVICE_UNAVAILABLE', (_case, error) => {
    expect(isUnavailable(error)).toBe(true)
    const { log, lines: logged } = captureLog()
    // What formatError gets once Apollo has unwrapped the resolver's error.
    const formatted = createFormatError(log)({ message: error.message, path: ['orderMaterial'] }, error)
    expect(formatted).toEqual({
      message: 'The service is temporarily unavailable. Try again shortly.',
      path: ['orderMaterial'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5, retryAfterSeconds: 5 },
    })
    expect(logged.join('\n')).not.toContain(error.message)
  })

  it.each([
    ['a syntax error', new SyntaxErrorException(pgError('42601', 'syntax error at or near "SELEC"'))],
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a closed ORM (a programming error)', new Error('Unable to acquire a connection')],
    ['an unknown error', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('%s: INTERNAL_SERVER_ERROR', (_case, error) => {
    expect(isUnavailable(error)).toBe(false)
    const formatted = createFormatError(silentLog)({ message: error.message }, error)
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' })
  })
})
