import "server-only";
import { cookies } from "next/headers";
import { getIronSession, type SessionOptions } from "iron-session";

export type ParentSession = { parentId?: string; schoolId?: string; email?: string };

export const parentSessionOptions: SessionOptions = {
  cookieName: "bw_parent",
  password: process.env.IRON_SESSION_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

export async function getParentSession() {
  return getIronSession<ParentSession>(await cookies(), parentSessionOptions);
}

export async function requireParent() {
  const session = await getIronSession<ParentSession>(await cookies(), parentSessionOptions);
  if (!session.parentId || !session.schoolId) {
    throw new Error("Please sign in with your email code.");
  }
  return { parentId: session.parentId, schoolId: session.schoolId, email: session.email };
}
