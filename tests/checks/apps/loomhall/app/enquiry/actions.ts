"use server";

import { prisma } from "@/lib/db/prisma";
import { enquirySchema } from "@/lib/validation";
import { rateLimitByIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";

// Public enquiry form on every studio page and on /contact.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitEnquiry(_prev: unknown, formData: FormData) {
  await rateLimitByIp("enquiry");
  let data;
  try {
    data = await enquirySchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  } catch {
    return { error: "Please fill in your name, email and message." };
  }
  // ok: mass-assignment
  await prisma.enquiry.create({ data: { name: data.name, email: data.email, message: data.message, studioId: data.studioId ?? null } });
  await sendMail("studios@loomhall.coop", `New enquiry from ${data.name}`, `<p>${data.message}</p>`);
  return { ok: true };
}

// Quick "ask the maker" widget on the gallery lightbox.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function askMaker(_prev: unknown, formData: FormData) {
  const data = await enquirySchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  await sendMail("studios@loomhall.coop", `Question for a maker from ${data.name}`, `<p>${data.message}</p><p>Reply to ${data.email}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function quickEnquiry(formData: FormData) {
  await rateLimitByIp("enquiry");
  const email = formData.get("email") as string;
  const message = formData.get("message") as string;
  // ok: mass-assignment
  await prisma.enquiry.create({ data: { name: "Quick enquiry", email, message } });
  return { ok: true };
}
