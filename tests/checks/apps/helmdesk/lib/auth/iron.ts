import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type AdminSession = { adminId?: string; email?: string; impersonating?: string };

export const adminSessionOptions: SessionOptions = {
  password: process.env.ADMIN_SESSION_SECRET!,
  cookieName: "hd_admin",
  cookieOptions: { secure: true, httpOnly: true, sameSite: "strict" },
};

export async function getAdminSession() {
  return getIronSession<AdminSession>(await cookies(), adminSessionOptions);
}

export async function requireSuperAdmin() {
  const session = await getAdminSession();
  if (!session.adminId) {
    throw new Error("Unauthorized");
  }
  return session as Required<Pick<AdminSession, "adminId" | "email">> & AdminSession;
}
