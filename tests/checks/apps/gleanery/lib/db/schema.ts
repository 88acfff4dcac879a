import { pgTable, text, timestamp, integer, boolean } from "drizzle-orm/pg-core";

export const appointments = pgTable("appointments", {
  id: text("id").primaryKey(),
  pantryId: text("pantry_id").notNull(),
  clientId: text("client_id").notNull(),
  slot: timestamp("slot").notNull(),
  status: text("status").notNull().default("booked"),
  createdBy: text("created_by").notNull(),
  notes: text("notes"),
});

export const clients = pgTable("clients", {
  id: text("id").primaryKey(),
  pantryId: text("pantry_id").notNull(),
  fullName: text("full_name").notNull(),
  phone: text("phone"),
  householdSize: integer("household_size").notNull().default(1),
  incomeBracket: text("income_bracket"),
  caseNotes: text("case_notes"),
  idDocumentNumber: text("id_document_number"),
  smsOptIn: boolean("sms_opt_in").notNull().default(false),
  portalToken: text("portal_token"),
});
