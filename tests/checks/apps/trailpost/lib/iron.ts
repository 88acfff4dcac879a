import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type KioskSession = { kioskId?: string; orgId?: string };

// Trailhead check-in tablets sign in with a device code and hold an iron-session cookie.
export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), {
    password: process.env.KIOSK_SESSION_PASSWORD!,
    cookieName: "tp_kiosk",
  });
}
