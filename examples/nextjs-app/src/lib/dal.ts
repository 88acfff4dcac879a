import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

// Data-access layer: every server read/write starts here. Redirects when signed out,
// so callers never see a missing session (Next.js "Authentication" guide pattern).
export const verifySession = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) {
    redirect("/login");
  }
  return { userId: session.user.id, role: session.user.role, teamId: session.user.teamId };
});

export async function requireAdmin() {
  const session = await verifySession();
  if (session.role !== "ADMIN") {
    throw new Error("Forbidden");
  }
  return session;
}
