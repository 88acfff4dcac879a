export class FestivalError extends Error {
  constructor(message: string, public code = "FESTIVAL_ERROR") {
    super(message);
  }
}

export function publicMessage(err: unknown) {
  return err instanceof FestivalError ? err.message : "Something went wrong";
}
