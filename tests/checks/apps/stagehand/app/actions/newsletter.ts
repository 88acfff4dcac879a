"use server";

import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { festivalIdBySlug } from "@/lib/festival";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

const subscribeSchema = z.object({ email: z.string().email().toLowerCase(), festivalSlug: z.string().min(1).max(80) });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribe(_prev: unknown, formData: FormData) {
  const parsed = subscribeSchema.safeParse({ email: formData.get("email"), festivalSlug: formData.get("festivalSlug") });
  if (!parsed.success) return { error: "Enter a valid email" };
  await rateLimit(`newsletter:${await clientIp()}`, 5, 3600);
  const festivalId = await festivalIdBySlug(parsed.data.festivalSlug);
  if (!festivalId) return { error: "Unknown festival" };
  const token = randomBytes(24).toString("hex");
  await db.insertInto("newsletter").values({ email: parsed.data.email, festival_id: festivalId, confirmed: false, confirm_token: token }).onConflict((oc) => oc.doNothing()).execute();
  await sendMail(parsed.data.email, "Confirm your subscription", `<a href="${process.env.APP_URL}/newsletter/confirm?e=${encodeURIComponent(parsed.data.email)}&t=${token}">Confirm</a>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function confirmSubscription(email: string, token: string) {
  const input = z.object({ email: z.string().email(), token: z.string().length(48) }).parse({ email, token });
  const row = await db.selectFrom("newsletter").select(["confirm_token"]).where("email", "=", input.email).executeTakeFirst();
  // ruleid: timing-unsafe-comparison
  if (!row || row.confirm_token !== input.token) return { ok: false };
  await db.updateTable("newsletter").set({ confirmed: true }).where("email", "=", input.email).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function contactPromoter(formData: FormData) {
  const { name, email, message, festivalSlug } = z
    .object({ name: z.string().min(1).max(100), email: z.string().email(), message: z.string().min(10).max(3000), festivalSlug: z.string().max(80) })
    .parse(Object.fromEntries(formData));
  await sendMail(process.env.PROMOTER_INBOX!, `[${festivalSlug}] Message from ${name}`, `<p>${message}</p><p>Reply to ${email}</p>`);
  return { ok: true };
}
