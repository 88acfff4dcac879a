"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { parseWithZod } from "@conform-to/zod";
import { Enquiry } from "@/lib/db/mongo";
import { prisma } from "@/lib/db/prisma";
import { ratelimit, rateLimitByIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";
import { sendSms } from "@/lib/sms";
import { logger } from "@/lib/logger";

const enquirySchema = z.object({
  propertyId: z.string().cuid(),
  name: z.string().min(1).max(100),
  email: z.string().email(),
  phone: z.string().max(20).optional(),
  message: z.string().min(5).max(2000),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitEnquiry(_prev: unknown, formData: FormData) {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`enquiry:${ip}`);
  if (!success) return { status: "error" as const, formErrors: ["Too many enquiries, try later."] };

  const submission = parseWithZod(formData, { schema: enquirySchema });
  if (submission.status !== "success") return submission.reply();

  const property = await prisma.property.findFirst({
    where: { id: submission.value.propertyId, published: true },
    select: { id: true, agencyId: true, address: true },
  });
  if (!property) return submission.reply({ formErrors: ["This home is no longer listed."] });

  // ok: mass-assignment
  await Enquiry.create({ ...submission.value, ip });
  try {
    await sendEmail({ to: `lettings+${property.agencyId}@tenantry.app`, subject: `Enquiry: ${property.address}`, html: submission.value.message, replyTo: submission.value.email });
  } catch (err) {
    logger.error({ err }, "enquiry email failed");
    // ok: information-disclosure
    return submission.reply({ formErrors: ["We couldn't send your enquiry. Please call us instead."] });
  }
  return submission.reply({ resetForm: true });
}

const viewingSchema = z.object({
  propertyId: z.string().cuid(),
  name: z.string().min(1),
  phone: z.string().regex(/^\+?\d{10,14}$/),
  slot: z.coerce.date(),
});

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function bookViewing(formData: FormData) {
  const input = viewingSchema.parse(Object.fromEntries(formData));
  // ok: mass-assignment
  await Enquiry.create({ propertyId: input.propertyId, name: input.name, phone: input.phone, viewingAt: input.slot });
  await sendSms(input.phone, `Your viewing is booked for ${input.slot.toLocaleString("en-GB")}.`);
  redirect(`/listings/${input.propertyId}?booked=1`);
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-rate-limit
export async function requestCallback(formData: FormData) {
  await rateLimitByIp("callback");
  const phone = formData.get("phone") as string;
  const name = formData.get("name") as string;
  await sendSms(process.env.LETTINGS_DESK_PHONE!, `Callback request from ${name}: ${phone}`);
  await sendSms(phone, "Thanks — a lettings agent will call you shortly.");
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-rate-limit
export async function saveEnquiryDraft(formData: FormData) {
  await rateLimitByIp("draft");
  // ruleid: mass-assignment
  await Enquiry.create(Object.fromEntries(formData));
  return { saved: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function afterViewingRedirect(formData: FormData) {
  const next = z.enum(["/listings", "/renter/sign-in", "/contact"]).parse(formData.get("next"));
  redirect(next);
}

// ruleid: missing-input-validation
// ok: missing-auth, missing-rate-limit
export async function returnTo(formData: FormData) {
  redirect(String(formData.get("returnTo") ?? "/listings"));
}
