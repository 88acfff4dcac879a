export function toPublicError(_err: unknown): string {
  return "Something went wrong. The committee has been notified.";
}
