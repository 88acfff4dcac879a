import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
export { users } from "@/db/schema";

export const legacySessions = pgTable("legacy_sessions", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
