"use server";

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { db, organization, waitlist } from "@/lib/db";
import { waitlistSchema } from "@/lib/validators";
import { ajSignup } from "@/lib/arcjet";
import { request } from "@arcjet/next";
import { sendMail } from "@/lib/mail";

// Public waitlist sign-up: meant to be anonymous.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function joinWaitlist(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: waitlistSchema });
  if (submission.status !== "success") return submission.reply();
  const decision = await ajSignup.protect(await request(), { email: submission.value.email, requested: 1 });
  if (decision.isDenied()) return submission.reply({ formErrors: ["Please try again later"] });
  // ok: missing-authorization
  const marina = await db.query.organization.findFirst({ where: eq(organization.slug, submission.value.marinaSlug), columns: { id: true, name: true } });
  if (!marina) return submission.reply({ formErrors: ["Unknown marina"] });
  // ok: mass-assignment, missing-authorization
  await db.insert(waitlist).values({ id: randomUUID(), organizationId: marina.id, email: submission.value.email, boatLengthM: submission.value.boatLengthM, createdAt: new Date() });
  await sendMail(submission.value.email, `You're on the ${marina.name} waitlist`, "<p>We'll be in touch.</p>");
  return submission.reply({ resetForm: true });
}

// Same form, older version still wired to the footer.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function joinWaitlistFooter(formData: FormData) {
  const email = formData.get("email") as string;
  const marinaId = formData.get("marinaId") as string;
  // ok: mass-assignment
  await db.insert(waitlist).values({ id: randomUUID(), organizationId: marinaId, email, createdAt: new Date() });
  await sendMail(email, "You're on the waitlist", "<p>Thanks!</p>");
}

// ok: missing-auth, missing-input-validation
export async function waitlistCount(marinaSlug: string) {
  if (typeof marinaSlug !== "string" || !/^[a-z0-9-]+$/.test(marinaSlug)) return 0;
  const marina = await db.query.organization.findFirst({ where: eq(organization.slug, marinaSlug), columns: { id: true } });
  if (!marina) return 0;
  const rows = await db.select({ id: waitlist.id }).from(waitlist).where(eq(waitlist.organizationId, marina.id));
  // ok: excessive-data-exposure
  return rows.length;
}
