"use server";

import { z } from "zod";
import dbConnect from "@/lib/db";
import Newsletter from "@/models/Newsletter";
import { publicProcedure } from "@/lib/procedures";
import { requireUser } from "@/lib/session";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { sendMail } from "@/lib/mail";
import { contactSchema, email } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const sendContactMessage = publicProcedure
  .createServerAction()
  .input(contactSchema)
  .handler(async ({ input, ctx }) => {
    await rateLimit("mail", `contact:${ctx.ip}`);
    await sendMail({ to: "frontdesk@ropewalk.climb", replyTo: input.email, subject: `Contact form: ${input.name}`, text: input.message });
    return { ok: true };
  });

// ruleid: missing-rate-limit
export async function inviteFriend(_prev: unknown, formData: FormData) {
  const me = await requireUser();
  const parsed = email.safeParse(formData.get("email"));
  if (!parsed.success) return { error: "Enter a valid email." };
  await sendMail({
    to: parsed.data,
    subject: `${me.name ?? "A friend"} invited you to climb at Ropewalk`,
    text: `Your first visit is free: ${process.env.NEXTAUTH_URL}/signup?ref=${me.id}`,
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function subscribeNewsletter(_prev: unknown, formData: FormData) {
  const parsed = z.object({ email, gymSlug: z.string().max(40).optional() }).safeParse({
    email: formData.get("email"),
    gymSlug: formData.get("gymSlug") ?? undefined,
  });
  if (!parsed.success) return { error: "Enter a valid email." };
  await rateLimit("signup", `news:${await clientIp()}`);
  await dbConnect();
  await Newsletter.updateOne({ email: parsed.data.email }, { $setOnInsert: { gymSlug: parsed.data.gymSlug } }, { upsert: true });
  return { ok: true };
}
