import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type InsurerSession = { insurerUserId?: string; insurerId?: string; role?: "reviewer" | "manager" };

export const insurerSessionOptions: SessionOptions = {
  password: process.env.INSURER_SESSION_SECRET!,
  cookieName: "emb_insurer",
  cookieOptions: { secure: process.env.NODE_ENV === "production", httpOnly: true, sameSite: "lax" },
};

export async function getInsurerSession() {
  return getIronSession<InsurerSession>(await cookies(), insurerSessionOptions);
}

export async function requireInsurer() {
  const session = await getInsurerSession();
  if (!session.insurerUserId || !session.insurerId) throw new Error("Not signed in");
  return session as Required<InsurerSession> & typeof session;
}
