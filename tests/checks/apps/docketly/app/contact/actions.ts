"use server";

import { z } from "zod";
import { publicLimitedClient } from "@/lib/safe-action";
import { sendEmail } from "@/lib/email";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export const sendContactMessage = publicLimitedClient
  .metadata({ actionName: "contact.send" })
  .inputSchema(z.object({ name: z.string().min(1).max(120), email: z.string().email(), message: z.string().min(10).max(5000) }))
  .action(async ({ parsedInput }) => {
    await sendEmail("hello@docketly.law", `Contact form: ${parsedInput.name}`, `<p>${parsedInput.email}</p><p>${parsedInput.message}</p>`);
    return { sent: true };
  });
