"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/notify";
import { signedUploadUrl } from "@/lib/storage";

const ProfileSchema = z.object({
  name: z.string().trim().min(2).max(80),
  phone: z.string().regex(/^\+[1-9]\d{7,14}$/).optional(),
});

// ok: missing-auth, missing-input-validation
export const updateProfile = authActionClient
  .metadata({ name: "profile.update" })
  .inputSchema(ProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    await prisma.user.update({
      where: { id: ctx.userId },
      // ok: mass-assignment
      data: parsedInput,
    });
    revalidatePath("/settings/profile");
    // ok: excessive-data-exposure
    return { saved: true };
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
// ruleid: missing-audit-log
export const changeEmail = authActionClient
  .metadata({ name: "profile.change_email" })
  .inputSchema(z.object({ newEmail: z.string().trim().toLowerCase().email() }))
  .action(async ({ parsedInput, ctx }) => {
    const before = await prisma.user.findUnique({ where: { id: ctx.userId }, select: { email: true } });
    await prisma.user.update({
      where: { id: ctx.userId },
      data: { email: parsedInput.newEmail, emailVerified: null },
    });
    if (before) {
      await sendEmail(before.email, "Your Sitecrew e-mail was changed", `It is now ${parsedInput.newEmail}.`);
    }
    await sendEmail(parsedInput.newEmail, "Confirm your new e-mail", "Click the link to confirm.");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const avatarUploadUrl = authActionClient
  .inputSchema(z.object({ contentType: z.enum(["image/png", "image/jpeg", "image/webp"]) }))
  .action(async ({ parsedInput, ctx }) => {
    const key = `avatars/${ctx.userId}/${crypto.randomUUID()}`;
    const url = await signedUploadUrl(key, parsedInput.contentType);
    await prisma.user.update({ where: { id: ctx.userId }, data: { avatarUrl: `https://files.sitecrew.io/${key}` } });
    // ok: excessive-data-exposure
    return { url, key };
  });
