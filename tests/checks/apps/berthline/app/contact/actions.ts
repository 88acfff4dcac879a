"use server";

import { z } from "zod";
import { publicLimitedClient } from "@/lib/safe-action";
import { contactYupSchema } from "@/lib/schemas";
import { sendMail } from "@/lib/mailer";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const submitContact = publicLimitedClient
  .schema(z.object({ email: z.string().email(), name: z.string().max(80), message: z.string().min(5).max(4000) }))
  .action(async ({ parsedInput }) => {
    await sendMail("harbour@berthline.app", `Contact: ${parsedInput.name}`, `${parsedInput.email}\n\n${parsedInput.message}`);
    return { done: true };
  });

// Quote request from the public berth pages.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function requestBerthQuote(_prev: unknown, formData: FormData) {
  const data = await contactYupSchema.validate({
    email: formData.get("email"),
    name: formData.get("name"),
    message: formData.get("message"),
  });
  await sendMail("sales@berthline.app", `Quote request from ${data.name}`, `${data.email}\n\n${data.message}`);
  await sendMail(data.email, "We got your request", "A harbourmaster will reply within a day.");
  return { done: true };
}
