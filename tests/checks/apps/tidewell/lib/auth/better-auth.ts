import { betterAuth } from "better-auth";
import { organization } from "better-auth/plugins";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";

export const betterAuthServer = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true },
  plugins: [organization({ allowUserToCreateOrganization: false })],
});

export async function getOrgSession() {
  return betterAuthServer.api.getSession({ headers: await headers() });
}

// Throws when there is no session or no active organisation (co-op workspace).
export async function requireOrgSession() {
  const session = await betterAuthServer.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const orgId = session.session.activeOrganizationId;
  if (!orgId) throw new Error("No active co-op");
  return { userId: session.user.id, orgId, email: session.user.email };
}

export async function isOrgAdmin(orgId: string): Promise<boolean> {
  const member = await betterAuthServer.api.getActiveMember({ headers: await headers() });
  return !!member && member.organizationId === orgId && (member.role === "owner" || member.role === "admin");
}
