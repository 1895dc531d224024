import { Arg } from 'type-graphql'
import { Locale } from './locale'

/** The `locale` argument every query takes; without it the request's Accept-Language decides. */
export const LocaleArg = () =>
  Arg('locale', () => Locale, { nullable: true, description: 'Content language; defaults from Accept-Language, else Swedish.' })
