export class StudioError extends Error {
  constructor(message: string, public code: "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" = "CONFLICT") {
    super(message);
  }
}

export function publicMessage(e: unknown) {
  return e instanceof StudioError ? e.message : "Something went wrong";
}
