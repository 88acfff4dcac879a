import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type AdminSession = { userId?: string; isStaff?: boolean; impersonating?: string };

export const adminSessionOptions: SessionOptions = {
  cookieName: "fp_admin",
  password: process.env.ADMIN_SESSION_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "strict" },
};

export async function getAdminSession() {
  return getIronSession<AdminSession>(await cookies(), adminSessionOptions);
}

/** Throws unless the iron-session cookie belongs to a staff member. */
export async function requireStaff() {
  const session = await getAdminSession();
  if (!session.userId || !session.isStaff) throw new Error("Forbidden");
  return session as AdminSession & { userId: string };
}

/** Break-glass PIN for the on-call engineer when SSO is down. */
export async function unlockWithBreakGlassPin(pin: string) {
  const session = await getAdminSession();
  // ruleid: timing-unsafe-comparison
  if (!process.env.BREAK_GLASS_PIN || pin !== process.env.BREAK_GLASS_PIN) return false;
  session.isStaff = true;
  await session.save();
  return true;
}
