export function toUserMessage(_err: unknown): string {
  return "Something went wrong. Please try again.";
}
