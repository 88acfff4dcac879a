import "server-only";
import { getIronSession } from "iron-session";
import { cookies } from "next/headers";

export type SupportSession = { agentId?: string; email?: string; level?: "agent" | "lead" };

export async function getSupportSession() {
  return getIronSession<SupportSession>(await cookies(), {
    password: process.env.SUPPORT_SESSION_SECRET!,
    cookieName: "ll_support",
  });
}

export async function requireSupportAgent() {
  const session = await getSupportSession();
  if (!session.agentId) throw new Error("Support sign-in required");
  return session as Required<SupportSession>;
}
