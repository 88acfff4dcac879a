import "server-only";
import { auth, currentUser } from "@clerk/nextjs/server";

// Clerk is still used by the tasting-room kiosk tenants that signed up before 2024.
export async function requireClerkUserId(): Promise<string> {
  const { userId } = await auth();
  if (!userId) throw new Error("Not signed in");
  return userId;
}

export async function getKioskOperator() {
  const user = await currentUser();
  return user ? { id: user.id, email: user.primaryEmailAddress?.emailAddress ?? null } : null;
}
