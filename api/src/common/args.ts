import { DateTimeISO } from './date-time'
import { Arg } from 'type-graphql'
import { Locale } from './locale'

/** The `locale` argument every query takes; without it the request's Accept-Language decides. */
export const LocaleArg = () => Arg('locale', () => Locale, { nullable: true, description: 'Content language; defaults from Accept-Language, else Swedish.' })

/**
 * The `updatedSince` argument of the connections that partners poll. Kept for them, with its limits stated where
 * they read it: the change feed is what reports unpublishes and deletes.
 */
export const UpdatedSinceArg = (things: string) =>
  Arg('updatedSince', () => DateTimeISO, {
    nullable: true,
    description:
      `Only ${things} whose \`updatedAt\` is at or after this instant. Not enough to keep a copy in sync: a document that is ` +
      'unpublished or deleted is never reported, it just stops appearing; and `updatedAt` is when the change was saved, with ' +
      'millisecond resolution, not when it became visible, so a change that commits after a poll with an earlier `updatedAt` ' +
      'is missed unless polls overlap. To stay in sync use `changes`, which reports every change, unpublish and delete in commit order.',
  })
