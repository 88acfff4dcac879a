import * as v from "valibot";

export const SwapPostSchema = v.object({
  gardenId: v.pipe(v.string(), v.minLength(10)),
  title: v.pipe(v.string(), v.minLength(3), v.maxLength(120)),
  kind: v.picklist(["offer", "request"]),
  produce: v.optional(v.pipe(v.string(), v.maxLength(80))),
  quantity: v.optional(v.pipe(v.string(), v.maxLength(40))),
  pickupNotes: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const ClaimSchema = v.object({
  postId: v.pipe(v.string(), v.length(24)),
  message: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
