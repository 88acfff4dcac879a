import "server-only";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";

export type DataRoomSession = { exportId?: string; unlockedAt?: number };

export async function getDataRoomSession() {
  return getIronSession<DataRoomSession>(await cookies(), {
    password: process.env.DATAROOM_SESSION_PASSWORD!,
    cookieName: "cw_dataroom",
    cookieOptions: { secure: true, httpOnly: true, sameSite: "lax" },
  });
}

export async function requireDataRoomAccess(exportId: string) {
  const session = await getDataRoomSession();
  if (!session.exportId || session.exportId !== exportId) throw new Error("Locked");
  return session;
}
