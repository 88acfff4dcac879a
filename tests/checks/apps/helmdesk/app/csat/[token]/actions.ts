"use server";

import { z } from "zod";
import { kdb } from "@/lib/db/kysely";
import { hashToken } from "@/lib/crypto";
import { rateLimitByIp } from "@/lib/ratelimit";

const AnswerSchema = z.object({ token: z.string().min(32).max(64), rating: z.coerce.number().int().min(1).max(5), comment: z.string().max(2000).optional() });

// The unguessable token in the link is the credential; surveys are answered anonymously.
// ok: missing-auth, missing-input-validation, missing-authorization
export async function answerSurvey(formData: FormData) {
  await rateLimitByIp();
  const { token, rating, comment } = AnswerSchema.parse(Object.fromEntries(formData));
  const res = await kdb
    .updateTable("csat_surveys")
    .set({ rating, comment: comment ?? null })
    .where("token_hash", "=", hashToken(token))
    .where("rating", "is", null)
    .executeTakeFirst();
  return { ok: Number(res.numUpdatedRows) === 1 };
}

// ok: missing-input-validation
export async function answerSurveyById(formData: FormData) {
  const surveyId = z.string().uuid().parse(formData.get("surveyId"));
  const token = z.string().parse(formData.get("token"));
  const survey = await kdb.selectFrom("csat_surveys").select(["id", "token_hash"]).where("id", "=", surveyId).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!survey || survey.token_hash != hashToken(token)) return { ok: false };
  const rating = z.coerce.number().int().min(1).max(5).parse(formData.get("rating"));
  await kdb.updateTable("csat_surveys").set({ rating }).where("id", "=", survey.id).execute();
  return { ok: true };
}
