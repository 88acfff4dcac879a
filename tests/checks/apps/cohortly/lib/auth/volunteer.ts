import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { magicLink } from "better-auth/plugins";
import { headers } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { sendMagicLinkMail } from "@/lib/mail";

// Volunteers (participants) sign in with better-auth; staff use Auth.js.
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  basePath: "/api/volunteer-auth",
  emailAndPassword: { enabled: true, requireEmailVerification: true },
  plugins: [magicLink({ sendMagicLink: async ({ email, url }) => sendMagicLinkMail(email, url) })],
  rateLimit: { enabled: true, window: 60, max: 10 },
});

export class VolunteerAuthError extends Error {}

export async function requireVolunteer() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new VolunteerAuthError("Please sign in");
  return { volunteerId: session.user.id, email: session.user.email, emailVerified: session.user.emailVerified };
}

// Returns null when signed out.
export async function getVolunteerOrNull() {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? { volunteerId: session.user.id, email: session.user.email } : null;
}

export async function ownsEnrollment(volunteerId: string, enrollmentId: string): Promise<boolean> {
  const row = await prisma.enrollment.findFirst({ where: { id: enrollmentId, volunteerId }, select: { id: true } });
  return row !== null;
}
