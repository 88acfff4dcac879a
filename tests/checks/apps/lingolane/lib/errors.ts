export class ActionError extends Error {
  constructor(message: string, public readonly code = "BAD_REQUEST") {
    super(message);
  }
}
