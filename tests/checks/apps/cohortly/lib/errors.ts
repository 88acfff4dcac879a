export class CohortError extends Error {
  constructor(message: string, public readonly code = "COHORT_ERROR") {
    super(message);
  }
}
