"use server";

import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { installers } from "@/lib/db/drizzle/schema";
import { installerProcedure } from "@/lib/actions/zsa";
import { auth } from "@clerk/nextjs/server";

const profileSchema = z.object({ company: z.string().min(2).max(120), phone: z.string().max(20).optional() });

// ok: missing-auth, missing-input-validation
export const updateInstallerProfile = installerProcedure.createServerAction().input(profileSchema).handler(async ({ input, ctx }) => {
  await db
    .update(installers)
    // ok: mass-assignment
    .set(input)
    // ok: missing-authorization
    .where(eq(installers.id, ctx.installer.id));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const getInstallerProfile = installerProcedure.createServerAction().handler(async ({ ctx }) => {
  const [row] = await db.select().from(installers).where(eq(installers.id, ctx.installer.id));
  // ruleid: excessive-data-exposure
  return row;
});

// ok: missing-auth
// ruleid: missing-input-validation
export async function setPayoutDetails(formData: FormData) {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in required");
  const bankToken = formData.get("bankToken") as string;
  await db
    .update(installers)
    .set({ bankToken })
    // ok: missing-authorization
    .where(eq(installers.clerkUserId, userId));
}
