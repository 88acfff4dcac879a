import "server-only";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";

export type PosSession = { staffId?: string; wineryId?: string; role?: string };

// iron-session for the point-of-sale terminals (staff unlock with a PIN).
export async function getPosSession() {
  return getIronSession<PosSession>(await cookies(), { password: process.env.POS_SESSION_SECRET!, cookieName: "cc_pos" });
}

export async function requirePosStaff() {
  const session = await getPosSession();
  if (!session.staffId || !session.wineryId) throw new Error("POS locked");
  return { staffId: session.staffId, wineryId: session.wineryId, role: session.role ?? "TASTING_ROOM", session };
}
