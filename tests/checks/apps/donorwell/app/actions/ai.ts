"use server";

import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireCentreStaff } from "@/lib/dal";
import { ratelimit } from "@/lib/ratelimit";

// Used by the reactions page; exported from a "use server" module, so callable directly.
// ok: missing-input-validation
// ruleid: missing-rate-limit
export async function summariseReactionNotes(notes: string) {
  const safe = z.string().max(4000).parse(notes);
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarise for a clinician in two lines:\n${safe}` });
  return text;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function draftThankYou(donorId: string) {
  const staff = await requireCentreStaff(["receptionist", "nurse", "manager"]);
  const id = z.string().uuid().parse(donorId);
  const { success } = await ratelimit.limit(`thanks:${staff.centreId}`);
  if (!success) return { error: "Daily AI limit reached" };
  // ok: missing-authorization
  const donor = await db.selectFrom("donors").select(["fullName"]).where("id", "=", id).where("centreId", "=", staff.centreId).executeTakeFirst();
  if (!donor) return { error: "Not found" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `A two-sentence thank-you note to ${donor.fullName} for donating blood.` });
  return { text };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function explainDeferral(deferralId: string) {
  const staff = await requireCentreStaff();
  const id = z.string().uuid().parse(deferralId);
  // ruleid: missing-authorization
  const deferral = await db.selectFrom("deferrals").select(["reason", "until"]).where("id", "=", id).executeTakeFirst();
  if (!deferral) return { error: "Not found" };
  const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Explain kindly to a donor: deferred until ${deferral.until.toDateString()} because ${deferral.reason}. (for ${staff.centreId})` });
  return { text };
}
