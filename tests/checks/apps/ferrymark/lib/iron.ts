import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type PartnerPortalSession = { partnerId?: string; userId?: string };

// Travel-agent portal (legacy, iron-session cookie).
export async function getPartnerSession() {
  return getIronSession<PartnerPortalSession>(await cookies(), {
    password: process.env.IRON_PASSWORD!,
    cookieName: "fm_partner",
  });
}
