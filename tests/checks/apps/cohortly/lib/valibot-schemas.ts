import * as v from "valibot";

export const ScreenerAnswersSchema = v.object({
  screenerId: v.pipe(v.string(), v.uuid()),
  answers: v.record(v.string(), v.union([v.string(), v.number(), v.boolean()])),
});

export const StipendRequestSchema = v.object({
  visitId: v.pipe(v.string(), v.cuid2()),
});

export const LabResultSchema = v.object({
  enrollmentId: v.string(),
  panel: v.pipe(v.string(), v.maxLength(64)),
  values: v.record(v.string(), v.number()),
  flagged: v.optional(v.boolean(), false),
});

export const ReviewSchema = v.object({
  responseId: v.pipe(v.string(), v.uuid()),
  eligible: v.boolean(),
  reviewerNotes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});
