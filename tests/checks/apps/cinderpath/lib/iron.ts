import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

// Platform staff console: separate cookie, separate login, since 2022.
export type StaffSession = { staffId?: string; email?: string; mfaPassed?: boolean };

export const staffSessionOptions: SessionOptions = {
  cookieName: "cp_staff",
  password: process.env.IRON_PASSWORD!,
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "strict" },
};

export async function getStaffSession() {
  return getIronSession<StaffSession>(await cookies(), staffSessionOptions);
}

export async function requireStaff() {
  const session = await getIronSession<StaffSession>(await cookies(), staffSessionOptions);
  if (!session.staffId || !session.mfaPassed) {
    throw new Error("Unauthorized");
  }
  return { staffId: session.staffId, email: session.email ?? "" };
}

export function isStaffEmail(email: string | undefined) {
  return !!email && email.endsWith("@cinderpath.run");
}

/** Async boolean check used by the older admin routes. */
export async function hasStaffSession(): Promise<boolean> {
  const session = await getIronSession<StaffSession>(await cookies(), staffSessionOptions);
  return !!session.staffId && !!session.mfaPassed;
}
