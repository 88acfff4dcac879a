import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

// Data access layer: redirects signed-out visitors, so callers always get a user.
export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) {
    redirect("/sign-in");
  }
  return { userId: session.user.id, email: session.user.email, role: session.user.role as string };
});

// For pages that render differently for visitors: null when signed out.
export const getViewer = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session?.user ?? null;
});
