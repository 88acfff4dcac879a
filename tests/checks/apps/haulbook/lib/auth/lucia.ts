import { cache } from "react";
import { cookies } from "next/headers";
import { Lucia } from "lucia";
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import { prisma } from "@/lib/db/prisma";

// broker back-office still runs on the Lucia session table
export const lucia = new Lucia(new PrismaAdapter(prisma.session as never, prisma.user as never), {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
});

export const validateRequest = cache(async () => {
  const cookieStore = await cookies();
  const sessionId = cookieStore.get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
