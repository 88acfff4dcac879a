import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type PortalSession = { candidateId?: string; companyId?: string; email?: string };

export const portalSessionOptions: SessionOptions = {
  password: process.env.PORTAL_SESSION_SECRET!,
  cookieName: "hl_portal",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

export async function getPortalSession() {
  return getIronSession<PortalSession>(await cookies(), portalSessionOptions);
}

/** Throws when the candidate has not signed in through the magic link. */
export async function requireCandidate() {
  const session = await getPortalSession();
  if (!session.candidateId || !session.companyId) {
    throw new Error("Not signed in");
  }
  return { candidateId: session.candidateId, companyId: session.companyId, session };
}
