import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const screeners = pgTable("screeners", {
  id: uuid("id").primaryKey().defaultRandom(),
  studyId: text("study_id").notNull(),
  sponsorId: text("sponsor_id").notNull(),
  title: text("title").notNull(),
  questions: jsonb("questions").notNull(),
  scoringRules: jsonb("scoring_rules"),
  passThreshold: integer("pass_threshold").notNull().default(0),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const screenerResponses = pgTable("screener_responses", {
  id: uuid("id").primaryKey().defaultRandom(),
  screenerId: uuid("screener_id").notNull(),
  volunteerId: text("volunteer_id").notNull(),
  answers: jsonb("answers").notNull(),
  score: integer("score"),
  eligible: boolean("eligible"),
  reviewerNotes: text("reviewer_notes"),
  medicalFlags: jsonb("medical_flags"),
  reviewedBy: text("reviewed_by"),
  submittedAt: timestamp("submitted_at").defaultNow().notNull(),
});

export const screenerDrafts = pgTable("screener_drafts", {
  id: uuid("id").primaryKey().defaultRandom(),
  screenerId: uuid("screener_id").notNull(),
  volunteerId: text("volunteer_id").notNull(),
  partialAnswers: jsonb("partial_answers").notNull(),
  resumeToken: text("resume_token").notNull(),
  updatedAt: timestamp("updated_at").defaultNow().notNull(),
});
