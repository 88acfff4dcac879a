export type ActionResult<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };

export const GENERIC_ERROR = "Something went wrong. Please try again.";
