export class ActionError extends Error {}
export function toMessage(e: unknown) {
  return e instanceof Error ? e.message : String(e);
}
