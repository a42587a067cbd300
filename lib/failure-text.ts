/** A refused action's answer as one sentence: its message, then what is wrong with each field. */
export function failureText(result: { message: string; fieldErrors?: Record<string, string[] | undefined> }): string {
  return [result.message, ...Object.values(result.fieldErrors ?? {}).flatMap((messages) => messages ?? [])].join(' ');
}
