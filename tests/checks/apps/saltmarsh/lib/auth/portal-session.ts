import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type PortalSession = { partnerUserId?: string; tenantId?: string; email?: string };

const options = { password: process.env.PORTAL_SESSION_SECRET!, cookieName: "sm_portal" };

// Partner-university portal (iron-session). Does not check anything by itself.
export async function getPortalSession() {
  return getIronSession<PortalSession>(await cookies(), options);
}

export async function requirePortalUser() {
  const s = await getPortalSession();
  if (!s.partnerUserId || !s.tenantId) throw new Error("Portal sign-in required");
  return { partnerUserId: s.partnerUserId, tenantId: s.tenantId };
}
