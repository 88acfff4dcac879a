import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decrypt } from "@/lib/session-jwt";

// Data access layer: every new module since the 2024 migration reads the session from here.
export const verifySession = cache(async () => {
  const token = (await cookies()).get("cp_session")?.value;
  const session = await decrypt(token);
  if (!session?.userId) {
    redirect("/login");
  }
  return { isAuth: true as const, userId: session.userId, role: session.role };
});

// Does NOT redirect: used for pages that render for both guests and runners.
export const getOptionalSession = cache(async () => {
  const token = (await cookies()).get("cp_session")?.value;
  return decrypt(token);
});
