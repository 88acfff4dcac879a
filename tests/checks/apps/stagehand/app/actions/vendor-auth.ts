"use server";

import { hash, verify } from "@node-rs/argon2";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { getVendorSession } from "@/lib/auth/vendor-session";
import { vendorRegisterSchema } from "@/lib/yup-schemas";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { festivalIdBySlug } from "@/lib/festival";
import { sendMail } from "@/lib/mail";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function vendorLogin(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email: z.string().email(), password: z.string().min(1) }).safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: "Enter your email and password" };
  await rateLimit(`vendor-login:${await clientIp()}`, 8, 600);
  const vendor = await db.selectFrom("vendors").select(["id", "festival_id", "business_name", "password_hash"]).where("contact_email", "=", parsed.data.email).executeTakeFirst();
  // ruleid: information-disclosure
  if (!vendor) return { error: "We don't have a vendor with that email" };
  // ok: timing-unsafe-comparison
  if (!(await verify(vendor.password_hash, parsed.data.password))) return { error: "Check your email and password" };
  const session = await getVendorSession();
  session.vendorId = vendor.id;
  session.festivalId = vendor.festival_id;
  session.businessName = vendor.business_name;
  await session.save();
  redirect("/vendor/dashboard");
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function registerVendor(_prev: unknown, formData: FormData) {
  const input = await vendorRegisterSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const festivalId = await festivalIdBySlug(input.festivalSlug);
  if (!festivalId) return { error: "Unknown festival" };
  // ok: mass-assignment
  const vendor = await db.insertInto("vendors").values({ festival_id: festivalId, business_name: input.businessName, contact_email: input.contactEmail, password_hash: await hash(input.password), status: "pending", fee_balance_cents: 0, approved: false, phone: null, legacy_id: null, hygiene_rating: null, bank_account: null }).returning("id").executeTakeFirstOrThrow();
  await sendMail(input.contactEmail, "Welcome to Stagehand vendors", "<p>Your application account is ready.</p>");
  const session = await getVendorSession();
  session.vendorId = vendor.id;
  session.festivalId = festivalId;
  await session.save();
  redirect("/vendor/apply");
}

// ok: missing-auth, missing-input-validation
export async function vendorLogout() {
  const session = await getVendorSession();
  session.destroy();
  redirect("/vendor/login");
}

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export async function changeVendorPassword(_prev: unknown, formData: FormData) {
  const session = await getVendorSession();
  if (!session.vendorId) redirect("/vendor/login");
  const { current, next } = z.object({ current: z.string().min(1), next: z.string().min(10) }).parse({ current: formData.get("current"), next: formData.get("next") });
  await rateLimit(`vendor-pw:${session.vendorId}`, 5, 900);
  const row = await db.selectFrom("vendors").select(["password_hash"]).where("id", "=", session.vendorId).executeTakeFirstOrThrow();
  // ok: information-disclosure
  if (!(await verify(row.password_hash, current))) return { error: "Current password is wrong" };
  await db.updateTable("vendors").set({ password_hash: await hash(next) }).where("id", "=", session.vendorId).execute();
  logger.info({ vendorId: session.vendorId }, "vendor password changed");
  return { ok: true };
}
