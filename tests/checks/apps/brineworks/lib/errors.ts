export class ActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ActionError";
  }
}

export const GENERIC_ERROR = "Something went wrong. Please try again.";
