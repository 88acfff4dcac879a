import { Lucia } from "lucia";
import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { cookies } from "next/headers";
import { cache } from "react";
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";

// Apprentice mobile/web portal still runs on the Lucia sessions from before the better-auth migration.
const apprenticeSessions = pgTable("apprentice_sessions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const lucia = new Lucia(new DrizzlePostgreSQLAdapter(db, apprenticeSessions, users), {
  sessionCookie: { attributes: { secure: process.env.NODE_ENV === "production" } },
  getUserAttributes: (u: any) => ({ email: u.email, name: u.name }),
});

export const validateRequest = cache(async () => {
  const sessionId = (await cookies()).get(lucia.sessionCookieName)?.value ?? null;
  if (!sessionId) return { user: null, session: null };
  return lucia.validateSession(sessionId);
});
