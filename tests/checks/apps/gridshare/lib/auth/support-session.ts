import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

export type SupportSession = { agentId?: string; agentEmail?: string; tier?: 1 | 2 };

export async function getSupportSession() {
  return getIronSession<SupportSession>(await cookies(), {
    password: process.env.SUPPORT_SESSION_SECRET!,
    cookieName: "gs_support",
  });
}

// Support desk: iron-session cookie issued by the SSO bridge.
export async function requireSupportAgent() {
  const session = await getSupportSession();
  if (!session.agentId) redirect("/support/login");
  return { agentId: session.agentId, email: session.agentEmail ?? "", tier: session.tier ?? 1 };
}
