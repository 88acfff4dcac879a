import { auth } from "@clerk/nextjs/server";

// Back-office staff sign in through Clerk (separate instance from customers).
export async function requireClerkAdmin() {
  const { userId, orgRole } = await auth();
  if (!userId) throw new Error("Unauthorized");
  if (orgRole !== "org:admin") throw new Error("Forbidden");
  return { staffId: userId };
}
