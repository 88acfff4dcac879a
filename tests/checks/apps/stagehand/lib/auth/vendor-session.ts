import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";

export type VendorSession = { vendorId?: string; festivalId?: string; businessName?: string };

export const sessionOptions: SessionOptions = {
  password: process.env.VENDOR_SESSION_SECRET!,
  cookieName: "stagehand_vendor",
  cookieOptions: { secure: process.env.NODE_ENV === "production", sameSite: "lax" },
};

export async function getVendorSession() {
  return getIronSession<VendorSession>(await cookies(), sessionOptions);
}

/** Throws when there is no vendor signed in. */
export async function requireVendor() {
  const session = await getIronSession<VendorSession>(await cookies(), sessionOptions);
  if (!session.vendorId || !session.festivalId) throw new Error("Vendor sign-in required");
  return { vendorId: session.vendorId, festivalId: session.festivalId, session };
}
