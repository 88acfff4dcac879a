import "server-only";
import { notFound } from "next/navigation";
import { getUserOrRedirect } from "@propelauth/nextjs/server/app-router";

const STAFF_ORG_ID = process.env.PROPELAUTH_STAFF_ORG_ID!;

/**
 * Quayside employees (support, billing, ops) sign in through PropelAuth, not Logto.
 * Anyone who is not an Admin of the internal "Quayside Staff" org gets a 404.
 */
export async function requirePlatformStaff() {
  const user = await getUserOrRedirect();
  const staffOrg = user.getOrg(STAFF_ORG_ID);
  if (!staffOrg || !staffOrg.isAtLeastRole("Admin")) notFound();
  return { userId: user.userId, email: user.email, role: staffOrg.assignedRole };
}
