import * as v from "valibot";

export const WaitlistSchema = v.object({
  email: v.pipe(v.string(), v.email(), v.maxLength(254)),
  postcode: v.pipe(v.string(), v.regex(/^[A-Z0-9 ]{3,10}$/i)),
  coopSlug: v.pipe(v.string(), v.minLength(2), v.maxLength(40)),
});

export const WorkOrderNoteSchema = v.object({
  workOrderId: v.pipe(v.string(), v.cuid2()),
  notes: v.pipe(v.string(), v.maxLength(4000)),
});

export const AlertAckSchema = v.object({
  alertId: v.pipe(v.string(), v.regex(/^[a-f0-9]{24}$/)),
});
