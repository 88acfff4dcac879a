import "server-only";
import { auth } from "@clerk/nextjs/server";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";

// Network admins sign in through Clerk (separate org "gleanery-network")
export async function requireNetworkAdmin() {
  const { userId, sessionClaims } = await auth();
  if (!userId) redirect("/admin/sign-in");
  const role = (sessionClaims?.metadata as { role?: string } | undefined)?.role;
  if (role !== "network_admin") throw new ForbiddenError("Network admins only");
  return { userId };
}
