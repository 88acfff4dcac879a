export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ActionError";
  }
}

export class RateLimitError extends ActionError {
  constructor() {
    super("Too many requests. Try again in a minute.");
  }
}
