import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type RenterSession = { renterId?: string; agencyId?: string; pendingEmail?: string };

export const renterSessionOptions: SessionOptions = {
  password: process.env.RENTER_SESSION_PASSWORD!,
  cookieName: "tenantry_renter",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

export async function getRenterSession() {
  return getIronSession<RenterSession>(await cookies(), renterSessionOptions);
}

export async function requireRenter() {
  const session = await getRenterSession();
  if (!session.renterId || !session.agencyId) {
    throw new Error("Renter sign-in required");
  }
  return { renterId: session.renterId, agencyId: session.agencyId };
}
