"use server";

import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { sendMail } from "@/lib/mail";
import { assertRateLimit } from "@/lib/ratelimit";

const feedbackSchema = z.object({ rating: z.coerce.number().int().min(1).max(5), comment: z.string().max(1000).optional() });

/** Box feedback form at the bottom of every weekly e-mail. */
// ok: missing-auth, missing-input-validation, missing-rate-limit
export default async function submitFeedback(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in to leave feedback");
  await assertRateLimit(`feedback:${userId}`);
  const data = feedbackSchema.parse(Object.fromEntries(formData));
  await sendMail("farmers@orchardly.farm", `Box feedback: ${data.rating}/5`, `<p>${data.comment ?? ""}</p>`);
  return { ok: true };
}
