import { expect } from 'vitest'

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E

/** The error a promise rejects with, checked to be an instance of `kind`; a promise that resolves fails the test. */
export async function failure<E extends Error>(promise: Promise<unknown>, kind: ErrorClass<E>): Promise<E> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(kind)
  return error as E
}
