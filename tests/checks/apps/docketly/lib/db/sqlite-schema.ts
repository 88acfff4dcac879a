import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local cache of court e-filing events and SMS codes (edge worker syncs it every few minutes).
export const efilingEvents = sqliteTable("efiling_events", {
  id: text("id").primaryKey(),
  firmId: text("firm_id").notNull(),
  caseNumber: text("case_number").notNull(),
  court: text("court").notNull(),
  payload: text("payload").notNull(),
  receivedAt: integer("received_at").notNull(),
});

export const smsCodes = sqliteTable("sms_codes", {
  phone: text("phone").primaryKey(),
  codeHash: text("code_hash").notNull(),
  attempts: integer("attempts").notNull().default(0),
  expiresAt: integer("expires_at").notNull(),
});
