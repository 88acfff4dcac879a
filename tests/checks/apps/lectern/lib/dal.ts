import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

async function decrypt(token: string | undefined) {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return payload as { userId: string; schoolId?: string; expiresAt: number };
  } catch {
    return null;
  }
}

// Lucia-style data access layer: redirects when there is no session.
export const verifySession = cache(async () => {
  const token = (await cookies()).get("lectern_session")?.value;
  const session = await decrypt(token);
  if (!session?.userId) {
    redirect("/sign-in");
  }
  return { isAuth: true, userId: session.userId, schoolId: session.schoolId };
});

// Does NOT redirect: returns null for visitors (used by public pages).
export const getOptionalSession = cache(async () => {
  const token = (await cookies()).get("lectern_session")?.value;
  return decrypt(token);
});
