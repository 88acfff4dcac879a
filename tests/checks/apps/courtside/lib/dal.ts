import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

// Legacy guardian-portal session (pre better-auth). Still used by /guardian.
const key = new TextEncoder().encode(process.env.GUARDIAN_SESSION_SECRET);

async function decrypt(token: string | undefined) {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return payload as { guardianId: string; email: string };
  } catch {
    return null;
  }
}

export const verifySession = cache(async () => {
  const token = (await cookies()).get("cs_guardian")?.value;
  const session = await decrypt(token);
  if (!session?.guardianId) redirect("/guardian/login");
  return { isAuth: true, guardianId: session.guardianId, email: session.email };
});
