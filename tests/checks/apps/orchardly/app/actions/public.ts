"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { farms, boxes, waitlist, charges, subscriptions } from "@/db/schema";
import { sendMail } from "@/lib/mail";
import { waitlistByPostcode, sitesNear } from "@/lib/search";

// Public box-contents page (server action used by the week picker).
// ok: missing-auth, missing-input-validation
export async function boxContents(slug: string, week: string) {
  const input = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/), week: z.string().date() }).parse({ slug, week });
  const rows = await db.select({ size: boxes.size, contents: boxes.contents }).from(boxes).innerJoin(farms, eq(farms.id, boxes.farmId)).where(and(eq(farms.slug, input.slug), eq(boxes.week, input.week), eq(boxes.published, true)));
  // ok: excessive-data-exposure
  return rows;
}

// ruleid: missing-input-validation
export async function farmBySlug(slug: string) {
  const [farm] = await db.select().from(farms).where(eq(farms.slug, slug)).limit(1);
  // ruleid: excessive-data-exposure
  return farm ?? null;
}

// Report a problem with a pick-up site (public, no account needed).
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function reportSiteIssue(formData: FormData) {
  const input = z.object({ site: z.string().max(80), email: z.string().email(), details: z.string().min(10).max(2000) }).parse(Object.fromEntries(formData));
  await sendMail("sites@orchardly.farm", `Site issue: ${input.site}`, `<p>From ${input.email}</p><p>${input.details}</p>`);
  return { ok: true };
}

// Waiting-list demand heat map on the public map page.
// ok: missing-auth, missing-input-validation
export async function demandFor(prefix: string) {
  const clean = z.string().regex(/^[A-Z]{1,2}[0-9]{0,2}$/).parse(prefix.toUpperCase());
  const rows = await waitlistByPostcode(clean);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ postcode: r.postcode as string, n: Number(r.n) }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function nearbySites(farmId: string, postcode: string) {
  const rows = await sitesNear(farmId, postcode);
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateWaitlistPostcode(entryId: string, postcode: string) {
  const input = z.object({ entryId: z.string().uuid(), postcode: z.string().min(3).max(10) }).parse({ entryId, postcode });
  await db.update(waitlist).set({ postcode: input.postcode }).where(eq(waitlist.id, input.entryId));
  return { ok: true };
}

// ok: missing-input-validation
// todoruleid: missing-auth
export async function farmRevenue(farmId: string) {
  const id = z.string().uuid().parse(farmId);
  const rows = await db.select({ amount: charges.amountCents }).from(charges).innerJoin(subscriptions, eq(subscriptions.id, charges.subscriptionId)).where(eq(subscriptions.farmId, id));
  // ok: excessive-data-exposure
  return rows.reduce((sum, r) => sum + r.amount, 0);
}
