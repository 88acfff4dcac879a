import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { prisma } from "@/lib/db/prisma";

// Lucia sessions: the cellar app (tablets in the barrel room) still signs in through Lucia.
const adapter = new PrismaAdapter(prisma.session as never, prisma.user as never);
export const lucia = new Lucia(adapter, { sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } } });

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
