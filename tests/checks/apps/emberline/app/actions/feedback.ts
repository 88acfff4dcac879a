"use server";

import { z } from "zod";
import { requirePatient } from "@/lib/auth/patient";
import { requirePractice } from "@/lib/auth/clerk";
import { sql } from "@/lib/db/postgres";
import { limitByIp } from "@/lib/rate-limit";

const reviewSchema = z.object({ appointmentId: z.string().cuid(), stars: z.number().int().min(1).max(5), comment: z.string().max(1000).optional() });

// ok: missing-auth, missing-input-validation
export const leaveReview = async (input: unknown) => {
  const { patient } = await requirePatient();
  const data = reviewSchema.parse(input);
  // ok: sql-injection, missing-authorization
  await sql`insert into reviews (appointment_id, patient_id, stars, comment)
    select ${data.appointmentId}, ${patient.id}, ${data.stars}, ${data.comment ?? null}
    where exists (select 1 from appointments where id = ${data.appointmentId} and patient_id = ${patient.id})`;
  return { ok: true };
};

// ok: missing-auth
// ruleid: missing-input-validation
export const hideReview = async (reviewId: string, reason: string) => {
  const ctx = await requirePractice();
  // ok: sql-injection, missing-authorization
  await sql`update reviews set hidden = true, hidden_reason = ${reason} where id = ${reviewId} and practice_id = ${ctx.practiceId}`;
  return { ok: true };
};

// Public testimonials on the marketing site.
// ok: missing-auth, missing-input-validation
export const publicReviews = async (practiceSlug: string) => {
  const slug = z.string().regex(/^[a-z0-9-]{2,60}$/).parse(practiceSlug);
  const rows = await sql`select r.stars, r.comment from reviews r join practices p on p.id = r.practice_id where p.slug = ${slug} and not r.hidden limit 20`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ stars: r.stars, comment: r.comment }));
};

// ok: missing-auth, missing-input-validation
export const reviewsForPractice = async () => {
  const ctx = await requirePractice();
  const rows = await sql`select * from reviews where practice_id = ${ctx.practiceId}`;
  // ruleid: excessive-data-exposure
  return rows;
};

// Anonymous "how did we do" form after a visit: public by design, rate limited.
// ok: missing-auth, missing-input-validation
export const anonymousFeedback = async (formData: FormData) => {
  await limitByIp("feedback", 5);
  const { text } = z.object({ text: z.string().min(3).max(2000) }).parse({ text: formData.get("text") });
  await sql`insert into anonymous_feedback (body) values (${text})`;
  return { ok: true };
};
