export class ActionError extends Error {}
export class ForbiddenError extends Error {
  constructor(message = "Forbidden") {
    super(message);
  }
}
