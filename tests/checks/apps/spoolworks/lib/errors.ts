export class ActionError extends Error {}

export type ActionResult<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };

export function fail(message: string): ActionResult<never> {
  return { ok: false, error: message };
}
