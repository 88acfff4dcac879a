"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { ratelimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/messaging";
import { newToken, sha256 } from "@/lib/crypto";

const schema = z.object({ email: z.string().email() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function sendMagicLink(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return submission.reply();

  const { success } = await ratelimit.limit(`magic:${submission.value.email}`);
  if (!success) return submission.reply({ formErrors: ["Please wait before requesting another link."] });

  const user = await prisma.user.findUnique({ where: { email: submission.value.email }, select: { id: true } });
  if (!user) {
    // ruleid: information-disclosure
    return submission.reply({ formErrors: ["No KitchenPass account uses that email address."] });
  }
  const token = newToken();
  await prisma.user.update({ where: { id: user.id }, data: { resetToken: sha256(token) } });
  await sendEmail(submission.value.email, "Your sign-in link", `https://kitchenpass.app/magic?token=${token}`);
  // ok: information-disclosure
  return submission.reply({ resetForm: true });
}
