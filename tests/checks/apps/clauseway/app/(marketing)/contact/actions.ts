"use server";

import * as yup from "yup";
import { sendMail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/rate-limit";

const contactSchema = yup.object({
  name: yup.string().required().max(120),
  email: yup.string().email().required(),
  company: yup.string().max(120),
  message: yup.string().required().max(4000),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  await rateLimitByIp("contact");
  let data: yup.InferType<typeof contactSchema>;
  try {
    data = await contactSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  } catch {
    // ok: information-disclosure
    return { error: "Please fill in all required fields." };
  }
  await sendMail({ to: "sales@clauseway.app", subject: `Demo request: ${data.company ?? data.name}`, html: `<p>${data.email}</p><p>${data.message}</p>` });
  return { success: true };
}

// why: public "talk to legal-ops" form sends email (to the visitor too) with no rate limit
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function requestSecurityPack(_prev: unknown, formData: FormData) {
  const data = await contactSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  await sendMail({ to: data.email, subject: "Clauseway security pack", html: "<p>Attached: SOC 2 summary and DPA.</p>" });
  await sendMail({ to: "security@clauseway.app", subject: "Security pack requested", html: `<p>${data.email}</p>` });
  return { success: true };
}
