import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type SupportSession = { agentId?: string; agentEmail?: string; isSupport?: boolean };

export async function getSupportSession() {
  return getIronSession<SupportSession>(await cookies(), {
    password: process.env.SUPPORT_SESSION_SECRET!,
    cookieName: "ql_support",
  });
}
