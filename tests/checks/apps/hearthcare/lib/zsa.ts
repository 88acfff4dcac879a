import { createServerActionProcedure } from "zsa";
import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { familyMembers } from "@/lib/db/schema";

/** Any signed-in Clerk user. */
export const signedInProcedure = createServerActionProcedure().handler(async () => {
  const { userId } = await auth();
  if (!userId) throw new Error("Please sign in");
  return { clerkUserId: userId };
});

/** A family member linked to the client named by the `hc_client` cookie. */
export const familyProcedure = createServerActionProcedure(signedInProcedure).handler(async ({ ctx }) => {
  const { cookies } = await import("next/headers");
  const clientId = (await cookies()).get("hc_client")?.value;
  if (!clientId) throw new Error("No client selected");
  const member = await db.query.familyMembers.findFirst({
    where: and(eq(familyMembers.clerkUserId, ctx.clerkUserId), eq(familyMembers.clientId, clientId)),
    columns: { id: true, clientId: true, agencyId: true, canViewBilling: true, isPrimary: true },
  });
  if (!member) throw new Error("Not linked to this client");
  return { ...ctx, member };
});
