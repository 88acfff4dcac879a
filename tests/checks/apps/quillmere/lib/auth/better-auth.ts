import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";

// Author accounts live in better-auth (agents use Clerk organisations).
export const authorAuth = betterAuth({
  database: prismaAdapter(prisma, { provider: "postgresql" }),
  emailAndPassword: { enabled: true, requireEmailVerification: true },
});

export async function requireAuthor() {
  const session = await authorAuth.api.getSession({ headers: await headers() });
  if (!session) redirect("/author/sign-in");
  return session.user;
}

export async function getAuthorSession() {
  return authorAuth.api.getSession({ headers: await headers() });
}
