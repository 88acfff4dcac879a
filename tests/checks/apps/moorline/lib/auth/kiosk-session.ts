import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type KioskSession = { kioskId?: string; marinaId?: string; pairedAt?: number };

export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), {
    cookieName: "ml_kiosk",
    password: process.env.KIOSK_SESSION_SECRET!,
    cookieOptions: { secure: true, sameSite: "strict" },
  });
}

export async function requireKiosk() {
  const session = await getKioskSession();
  if (!session.kioskId || !session.marinaId) throw new Error("Kiosk not paired");
  return { kioskId: session.kioskId, marinaId: session.marinaId };
}
