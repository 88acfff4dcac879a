import "server-only";
import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { installers } from "@/lib/db/drizzle/schema";

// Installers sign in with Clerk (they belong to installer companies, not co-ops).
export const clerkProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in required");
  return { clerkUserId: userId };
});

export const installerProcedure = createServerActionProcedure(clerkProcedure).handler(async ({ ctx }) => {
  const [installer] = await db
    .select({ id: installers.id, company: installers.company })
    .from(installers)
    .where(eq(installers.clerkUserId, ctx.clerkUserId));
  if (!installer) throw new Error("Not an installer account");
  return { ...ctx, installer };
});
