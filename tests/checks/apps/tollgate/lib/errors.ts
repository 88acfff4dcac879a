export class UserFacingError extends Error {}

export function toErrorResponse(err: unknown): { error: string } {
  if (err instanceof UserFacingError) return { error: err.message };
  return { error: "Something went wrong" };
}
