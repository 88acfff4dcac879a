import "server-only";
import { auth, currentUser } from "@clerk/nextjs/server";

/** Federation admin area runs on Clerk organisations. Throws when not an org admin. */
export async function requireFederationAdmin() {
  const { userId, orgId, orgRole } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  return { clerkUserId: userId, federationId: orgId };
}

export async function getFederationViewer() {
  const user = await currentUser();
  return user ? { id: user.id, email: user.primaryEmailAddress?.emailAddress ?? null } : null;
}
