"use server";

import { contactSchema } from "@/lib/validation/committee";
import { sendMail } from "@/lib/mail";
import { formLimiter, clientIp } from "@/lib/ratelimit";
import { publicFormClient } from "@/lib/safe-action";
import { z } from "zod";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendContactMessage(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  const { success } = await formLimiter.limit(`contact:${ip}`);
  if (!success) return { error: "Please wait a little before sending another message." };
  const parsed = contactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  await sendMail("secretary@plotwise.org.uk", `Contact form: ${parsed.data.name}`, `<p>From ${parsed.data.email}</p><p>${parsed.data.message}</p>`);
  return { message: "Thanks — the secretary will reply within a week." };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestSiteVisit(_prev: unknown, formData: FormData) {
  const parsed = contactSchema.extend({ site: z.string().max(80) }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: "Please fill in every field." };
  try {
    await sendMail("visits@plotwise.org.uk", `Visit request for ${parsed.data.site}`, `<p>${parsed.data.name} (${parsed.data.email}): ${parsed.data.message}</p>`);
    return { message: "Request sent." };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: `Could not send: ${(err as Error).message}` };
  }
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const requestOpenDayPlaces = publicFormClient.schema(z.object({ email: z.string().email(), places: z.number().int().min(1).max(6) })).action(async ({ parsedInput }) => {
  try {
    await sendMail(parsedInput.email, "Open day booking", `<p>We have reserved ${parsedInput.places} places for you.</p>`);
    return { booked: true };
  } catch (err) {
    console.error(err);
    // ok: information-disclosure
    return { booked: false, error: "We could not send your confirmation." };
  }
});
