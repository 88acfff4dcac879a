import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

type SessionPayload = { userId: string; role: "author" | "agent" | "owner" | "staff" };

async function decrypt(token: string | undefined): Promise<SessionPayload | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return payload as unknown as SessionPayload;
  } catch {
    return null;
  }
}

// Data access layer session check (Next.js docs pattern).
export const verifySession = cache(async () => {
  const token = (await cookies()).get("qm_session")?.value;
  const session = await decrypt(token);
  if (!session?.userId) {
    redirect("/login");
  }
  return { isAuth: true as const, userId: session.userId, role: session.role };
});

export const isStaff = cache(async () => {
  const session = await verifySession();
  return session.role === "staff";
});
