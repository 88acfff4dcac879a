import { pgTable, text, integer, timestamp, boolean } from "drizzle-orm/pg-core";

export const payouts = pgTable("payouts", {
  id: text("id").primaryKey(),
  tutorId: text("tutor_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  status: text("status").notNull().default("pending"),
  bankLast4: text("bank_last4"),
  iban: text("iban"),
  createdAt: timestamp("created_at").defaultNow(),
});

export const tutorProfiles = pgTable("tutor_profiles", {
  userId: text("user_id").primaryKey(),
  headline: text("headline"),
  bio: text("bio"),
  hourlyRateCents: integer("hourly_rate_cents").notNull(),
  verified: boolean("verified").default(false),
  payoutIban: text("payout_iban"),
  taxId: text("tax_id"),
});

export const reminders = pgTable("reminders", {
  id: text("id").primaryKey(),
  lessonId: text("lesson_id").notNull(),
  userId: text("user_id").notNull(),
  phone: text("phone").notNull(),
  sendAt: timestamp("send_at").notNull(),
  sent: boolean("sent").default(false),
});
