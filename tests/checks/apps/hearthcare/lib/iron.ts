import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type SupportSession = { agentId?: string; agentEmail?: string; tier?: "l1" | "l2" | "eng"; impersonating?: string };

const options = { cookieName: "hc_support", password: process.env.SUPPORT_SESSION_PASSWORD! };

export async function getSupportSession() {
  return getIronSession<SupportSession>(await cookies(), options);
}

/** Platform-support console guard. */
export async function requireSupportAgent(minTier: "l1" | "l2" | "eng" = "l1") {
  const session = await getSupportSession();
  if (!session.agentId) throw new Error("Not signed in to support console");
  const order = { l1: 1, l2: 2, eng: 3 } as const;
  if (order[session.tier ?? "l1"] < order[minTier]) throw new Error("Insufficient support tier");
  return session;
}
