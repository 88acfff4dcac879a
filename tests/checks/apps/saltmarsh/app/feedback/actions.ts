"use server";

import { z } from "zod";
import { sql } from "@/lib/db/sql";
import { withOptionalUser } from "@/lib/wrappers/with-optional-user";
import { checkRateLimit, clientIp } from "@/lib/ratelimit";

const FeedbackSchema = z.object({ message: z.string().min(3).max(4000), page: z.string().max(200).optional() });

// Public feedback widget; signed-in users get their id attached.
// ok: missing-auth, missing-input-validation
export const sendFeedback = withOptionalUser(async (formData, viewer) => {
  const parsed = FeedbackSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please write a little more." };
  // ok: sql-injection
  await sql`insert into feedback (user_id, message, page) values (${viewer?.id ?? null}, ${parsed.data.message}, ${parsed.data.page ?? null})`;
  return { ok: true };
});

// ruleid: missing-auth
// ok: missing-input-validation
export const deleteMyFeedback = withOptionalUser(async (formData, viewer) => {
  const id = z.string().uuid().parse(formData.get("id"));
  await sql`delete from feedback where id = ${id} and (user_id = ${viewer?.id ?? null} or user_id is null)`;
  return { ok: true };
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function joinWaitlist(formData: FormData) {
  if (!(await checkRateLimit(`waitlist:${await clientIp()}`))) return { error: "Try later" };
  const email = z.string().email().parse(formData.get("email"));
  // ok: sql-injection
  await sql`insert into open_day_waitlist (email) values (${email}) on conflict do nothing`;
  return { ok: true };
}
