import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { validateRequest } from "@/lib/lucia";

/** Data-access-layer session check: redirects when signed out. */
export const verifySession = cache(async () => {
  const { user, session } = await validateRequest();
  if (!user || !session) redirect("/sign-in");
  return { userId: user.id, email: user.email, sessionId: session.id, platformRole: user.platformRole };
});

/** Does not redirect: returns null when signed out. */
export const getOptionalSession = cache(async () => {
  const { user, session } = await validateRequest();
  return user && session ? { userId: user.id, sessionId: session.id } : null;
});
