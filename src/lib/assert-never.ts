/** Makes a switch over a closed union fail to compile when a member is forgotten. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
