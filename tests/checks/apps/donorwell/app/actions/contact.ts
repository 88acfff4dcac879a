"use server";

import { z } from "zod";
import { sendMail } from "@/lib/mail";
import { ratelimit, clientIp } from "@/lib/ratelimit";
import { publicActionClient } from "@/lib/safe-action";

const contactSchema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(5).max(4000),
});

// Public form: no auth by design.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function contactCentre(prev: unknown, formData: FormData) {
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  const { success } = await ratelimit.limit(`contact:${await clientIp()}`);
  if (!success) return { error: "Please wait before sending another message." };
  await sendMail("hello@donorwell.org", `Contact from ${parsed.data.name}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function hospitalEnquiry(prev: unknown, formData: FormData) {
  const parsed = contactSchema.extend({ hospital: z.string().max(200) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please check the form." };
  await sendMail("partners@donorwell.org", `Partner enquiry: ${parsed.data.hospital}`, `<p>${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const volunteerSignup = publicActionClient
  .metadata({ actionName: "volunteerSignup" })
  .inputSchema(contactSchema.pick({ name: true, email: true }))
  .action(async ({ parsedInput }) => {
    await sendMail(parsedInput.email, "Thanks for volunteering", `<p>Hi ${parsedInput.name}, we'll be in touch.</p>`);
    return { ok: true };
  });
