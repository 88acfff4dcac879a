import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@clerk/nextjs/server";

/** Data access layer: ticket holders and staff. Redirects when signed out. */
export const verifySession = cache(async () => {
  const { userId, orgId } = await auth();
  if (!userId) redirect("/sign-in");
  return { userId, orgId };
});

/** Reads the session without enforcing it (used by pages that render for both). */
export const peekSession = cache(async () => {
  const { userId } = await auth();
  return { userId };
});
