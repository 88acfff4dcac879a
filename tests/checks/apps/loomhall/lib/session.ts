import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

// Kiosk sessions: the tablet next to each kiln / loom. Members tap in with their PIN.
export interface KioskSession {
  memberId?: string;
  equipmentId?: string;
  studioId?: string;
}

export const kioskSessionOptions: SessionOptions = {
  password: process.env.KIOSK_SESSION_SECRET!,
  cookieName: "lh_kiosk",
  cookieOptions: { secure: process.env.NODE_ENV === "production", maxAge: 60 * 60 * 4 },
};

export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), kioskSessionOptions);
}
