export class ActionError extends Error {}
export class ForbiddenError extends Error {
  constructor(msg = "Forbidden") { super(msg); }
}
