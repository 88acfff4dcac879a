import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { jwtVerify } from "jose";

const key = new TextEncoder().encode(process.env.LEGACY_SESSION_SECRET);

type LegacyPayload = { userId: string; workspaceId: string; role: "owner" | "admin" | "editor" | "viewer" };

async function decrypt(token: string | undefined): Promise<LegacyPayload | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });
    return payload as unknown as LegacyPayload;
  } catch {
    return null;
  }
}

// Data-access layer from the pre-better-auth era; the Prisma modules (approvals,
// obligations, data room) still use it.
export const verifySession = cache(async () => {
  const token = (await cookies()).get("cw_session")?.value;
  const session = await decrypt(token);
  if (!session?.userId) redirect("/sign-in");
  return { isAuth: true, userId: session.userId, workspaceId: session.workspaceId, role: session.role };
});
