import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";

/** Returns the signed-in user or null (does not throw). */
export const getCurrentUser = cache(async () => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return { id: session.user.id, email: session.user.email };
});
