"use server";

import { prisma } from "@/lib/db/prisma";
import { ContactSchema } from "@/lib/validators";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContact(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  const { success } = await ratelimit.limit(`contact:${ip}`);
  if (!success) return { error: "Please wait a minute before sending another message." };
  const data = await ContactSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: mass-assignment
  await prisma.contactMessage.create({ data: { name: data.name, email: data.email, clinicId: data.clinicId ?? null, message: data.message } });
  await sendEmail("hello@vetpoint.app", `Contact form: ${data.name}`, `<p>${data.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const email = String(formData.get("email") ?? "");
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) return { error: "Invalid email" };
  await sendEmail(email, "You're subscribed", "<p>Thanks for subscribing to Vetpoint news.</p>");
  return { ok: true };
}

// todook: missing-auth -- known gap (pass 36, D): a public directory model read as private
// ruleid: missing-input-validation, missing-rate-limit
export async function askClinic(formData: FormData) {
  const clinicId = formData.get("clinicId") as string;
  const clinic = await prisma.clinic.findUnique({ where: { id: clinicId }, select: { phone: true, name: true } });
  await sendEmail(`frontdesk+${clinicId}@vetpoint.app`, "Website question", String(formData.get("question")));
  return { ok: true, clinic: clinic?.name };
}
