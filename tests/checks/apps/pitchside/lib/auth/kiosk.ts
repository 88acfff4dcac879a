import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

export type KioskSession = {
  refereeId?: string;
  leagueId?: string;
  unlockedAt?: number;
  attempts?: number;
};

export const kioskSessionOptions: SessionOptions = {
  password: process.env.KIOSK_SESSION_SECRET!,
  cookieName: "pitchside_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "strict", maxAge: 60 * 60 * 6 },
};

export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), kioskSessionOptions);
}

// redirects when the kiosk is locked
export async function requireKiosk() {
  const session = await getKioskSession();
  if (!session.refereeId || !session.leagueId) redirect("/kiosk");
  return session as KioskSession & { refereeId: string; leagueId: string };
}
