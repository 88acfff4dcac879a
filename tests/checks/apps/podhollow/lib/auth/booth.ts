import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type BoothSession = { deviceId?: string; networkId?: string; operator?: string };

export const boothSessionOptions: SessionOptions = {
  cookieName: "ph_booth",
  password: process.env.BOOTH_SESSION_SECRET!,
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "strict" },
};

export async function getBoothSession() {
  return getIronSession<BoothSession>(await cookies(), boothSessionOptions);
}

export async function requireBooth() {
  const session = await getIronSession<BoothSession>(await cookies(), boothSessionOptions);
  if (!session.deviceId || !session.networkId) throw new Error("Booth not paired");
  return session as Required<BoothSession> & typeof session;
}
