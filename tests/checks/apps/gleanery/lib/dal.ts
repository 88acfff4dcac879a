import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/better";

export const verifySession = cache(async () => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/sign-in");
  return { userId: session.user.id, email: session.user.email, role: (session.user as { role?: string }).role ?? "staff" };
});

// Does NOT redirect: returns null for anonymous visitors (public pages show a "sign in" link)
export async function getOptionalSession() {
  return auth.api.getSession({ headers: await headers() });
}
