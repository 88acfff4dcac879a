import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

// Kiosk sessions for pantry check-in tablets
export type KioskSession = { pantryId?: string; networkId?: string };

export async function getKioskSession() {
  return getIronSession<KioskSession>(await cookies(), {
    password: process.env.KIOSK_SESSION_SECRET!,
    cookieName: "larderly_kiosk",
  });
}

export async function requireKiosk() {
  const session = await getIronSession<KioskSession>(await cookies(), {
    password: process.env.KIOSK_SESSION_SECRET!,
    cookieName: "larderly_kiosk",
  });
  if (!session.pantryId || !session.networkId) throw new Error("Kiosk not paired");
  return { pantryId: session.pantryId, networkId: session.networkId };
}
