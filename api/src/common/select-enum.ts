/** 'temporarily-unavailable' → 'TEMPORARILY_UNAVAILABLE': GraphQL enum names cannot hold a hyphen. */
type EnumKey<Value extends string> = Value extends `${infer Head}-${infer Tail}` ? `${Uppercase<Head>}_${EnumKey<Tail>}` : Uppercase<Value>

export type EnumOf<Value extends string> = { readonly [V in Value as EnumKey<V>]: V }

/**
 * A GraphQL enum (for registerEnumType) generated from a select's values in contracts/select-values, so that the
 * API serves exactly what the CMS stores: a value added to the CMS's select appears in the schema, and the
 * schema artifact test asks for its description and the CHANGELOG entry.
 */
export function enumOf<const Value extends string>(values: readonly Value[]): EnumOf<Value> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll('-', '_'), value])) as EnumOf<Value>
}
