import "server-only";
import { auth } from "@clerk/nextjs/server";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { agencies } from "@/lib/db/schema";

// Agency managers sign in with Clerk organisations.
export async function requireAgency() {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  const [agency] = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.clerkOrgId, orgId));
  if (!agency) throw new Error("No agency for this organisation");
  return { userId, agency, isManager: orgRole === "org:admin" };
}

export async function requireAgencyManager() {
  const ctx = await requireAgency();
  if (!ctx.isManager) throw new Error("Managers only");
  return ctx;
}
