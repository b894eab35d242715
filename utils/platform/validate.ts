/**
 * Small runtime validators for data that crosses a trust boundary: messages
 * between contexts, import files, settings read back from storage. Each
 * validator returns a fresh value holding only what it checked, so nothing
 * unexpected rides along, and throws a ValidationError naming the path of
 * the first problem.
 *
 * One file on purpose: a small validation library whose combinators are read
 * together.
 */

export class ValidationError extends Error {
  override name = 'ValidationError';
}

export type Validator<T> = (value: unknown, path: string) => T;
export type Infer<V> = V extends Validator<infer T> ? T : never;

/** Keys that could reach an object's prototype if copied blindly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first forbidden key anywhere inside `value`, or null. For
 * a whole document read from outside (an import file), checked before its
 * shape so the message names the key whatever object it hides in.
 */
export function forbiddenKeyPath(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
      const found = forbiddenKeyPath((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function fail(path: string, message: string): never {
  throw new ValidationError(`${path} ${message}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

export function string(options: { min?: number; max: number; pattern?: RegExp }): Validator<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, `must be text, not ${describe(value)}`);
    const min = options.min ?? 0;
    if (value.length < min) fail(path, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    if (value.length > options.max) fail(path, `must be at most ${options.max} characters`);
    if (options.pattern && !options.pattern.test(value)) fail(path, 'has an unexpected format');
    return value;
  };
}

export function number(options: { min?: number; max?: number; integer?: boolean } = {}): Validator<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      fail(path, `must be a finite number, not ${describe(value)}`);
    if (options.integer && !Number.isInteger(value)) fail(path, 'must be a whole number');
    if (options.min !== undefined && value < options.min) fail(path, `must be at least ${options.min}`);
    if (options.max !== undefined && value > options.max) fail(path, `must be at most ${options.max}`);
    return value;
  };
}

export const boolean: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, `must be true or false, not ${describe(value)}`);
  return value;
};

export function oneOf<const T extends readonly (string | number)[]>(values: T): Validator<T[number]> {
  return (value, path) => {
    if (!values.includes(value as T[number])) fail(path, `must be one of ${values.join(', ')}`);
    return value as T[number];
  };
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (value, path) => (value === null ? null : inner(value, path));
}

export function array<T>(item: Validator<T>, options: { max: number; min?: number }): Validator<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, `must be a list, not ${describe(value)}`);
    if (value.length > options.max) fail(path, `must have at most ${options.max} items`);
    if (value.length < (options.min ?? 0)) fail(path, `must have at least ${options.min} items`);
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

export function tuple<const V extends readonly Validator<unknown>[]>(
  ...items: V
): Validator<{ -readonly [K in keyof V]: Infer<V[K]> }> {
  return (value, path) => {
    if (!Array.isArray(value) || value.length !== items.length) fail(path, `must be a list of ${items.length}`);
    return items.map((item, index) => item(value[index], `${path}[${index}]`)) as {
      -readonly [K in keyof V]: Infer<V[K]>;
    };
  };
}

/** Marks an object field that may be absent. */
export interface OptionalValidator<T> extends Validator<T | undefined> {
  readonly optional: true;
}

export function optional<T>(inner: Validator<T>): OptionalValidator<T> {
  const validator = (value: unknown, path: string) => (value === undefined ? undefined : inner(value, path));
  return Object.assign(validator, { optional: true as const });
}

/**
 * A field added to a shape after data of that shape was written: absent in
 * what earlier versions wrote (a backup file, a caller), it reads as
 * `fallback`; present, it is checked like any other field, so a wrong type
 * is still refused.
 */
export function absentAs<T>(inner: Validator<T>, fallback: T): Validator<T> {
  return (value, path) => (value === undefined ? fallback : inner(value, path));
}

type Shape = Record<string, Validator<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalValidator<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An object validator that shows its fields, so a larger object can be built from them (see `extend`). */
export interface ObjectValidator<S extends Shape> extends Validator<ObjectOf<S>> {
  readonly shape: Readonly<S>;
}

/** A plain object with exactly the given fields: unknown keys are refused, not dropped. */
export function object<S extends Shape>(shape: S): ObjectValidator<S> {
  const validator: Validator<ObjectOf<S>> = (value, path) => {
    if (!isPlainObject(value)) fail(path, `must be an object, not ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path}.${key}`, 'is not allowed');
      if (!Object.hasOwn(shape, key)) fail(`${path}.${key}`, 'is not a known field');
    }
    const result: Record<string, unknown> = {};
    for (const [key, validate] of Object.entries(shape)) {
      const field = validate(value[key], `${path}.${key}`);
      if (field !== undefined) result[key] = field;
    }
    return result as ObjectOf<S>;
  };
  return Object.assign(validator, { shape });
}

/** `base`'s fields, then `fields`: the same name in `fields` changes the check, not the field's place. */
type Extended<S extends Shape, E extends Shape> = {
  [K in keyof S | keyof E]: K extends keyof E ? E[K] : K extends keyof S ? S[K] : never;
};

/**
 * An object with every field of `base` and `fields` besides, for a value
 * that is another plus more (a stored record is what a page sent plus what
 * Tend adds), so the two cannot drift apart. A field in both takes the
 * check from `fields` (a required id where the input had an optional one).
 * Fields come out in this order, `base`'s first: records are compared as
 * JSON text, where order counts.
 */
export function extend<S extends Shape, E extends Shape>(
  base: ObjectValidator<S>,
  fields: E,
): ObjectValidator<Extended<S, E>> {
  return object({ ...base.shape, ...fields } as Extended<S, E>);
}

/** Runs a validator and reports success or the error text, for forms. */
export function check<T>(
  validator: Validator<T>,
  value: unknown,
  path: string,
): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: validator(value, path) };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Adds a check across fields; `problem` returns a message, or null when the value is fine. */
export function refine<T>(inner: Validator<T>, problem: (value: T) => string | null): Validator<T> {
  return (value, path) => {
    const checked = inner(value, path);
    const message = problem(checked);
    if (message !== null) fail(path, message);
    return checked;
  };
}

/** An object used as a map from text keys to checked values. */
export function record<T>(
  value: Validator<T>,
  options: { maxKeys: number; key?: Validator<string> },
): Validator<Record<string, T>> {
  return (input, path) => {
    if (!isPlainObject(input)) fail(path, `must be an object, not ${describe(input)}`);
    const keys = Object.keys(input);
    if (keys.length > options.maxKeys) fail(path, `must have at most ${options.maxKeys} entries`);
    const result: Record<string, T> = {};
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path}.${key}`, 'is not allowed');
      options.key?.(key, `${path} key ${JSON.stringify(key.slice(0, 40))}`);
      result[key] = value(input[key], `${path}.${key}`);
    }
    return result;
  };
}
