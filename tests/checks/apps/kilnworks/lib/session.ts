import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

// Front-desk kiosk: a tablet at the studio entrance, unlocked with the studio PIN.
export interface KioskSession {
  studioId?: string;
  unlockedAt?: number;
}

export const kioskSessionOptions: SessionOptions = {
  password: process.env.KIOSK_SESSION_SECRET!,
  cookieName: "kw_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), kioskSessionOptions);
}

export async function requireKiosk() {
  const session = await getKioskSession();
  if (!session.studioId) {
    throw new Error("Kiosk locked");
  }
  return { studioId: session.studioId, session };
}
