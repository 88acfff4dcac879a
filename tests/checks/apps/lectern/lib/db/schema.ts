import { pgTable, text, integer, boolean, timestamp, jsonb } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull(),
  name: text("name"),
  passwordHash: text("password_hash"),
  role: text("role").default("student"),
  credits: integer("credits").default(0),
});

export const forumPosts = pgTable("forum_posts", {
  id: text("id").primaryKey(),
  courseId: text("course_id").notNull(),
  authorId: text("author_id").notNull(),
  parentId: text("parent_id"),
  body: text("body").notNull(),
  hidden: boolean("hidden").default(false),
  pinned: boolean("pinned").default(false),
  upvotes: integer("upvotes").default(0),
  createdAt: timestamp("created_at").defaultNow(),
});

export const forumReports = pgTable("forum_reports", {
  id: text("id").primaryKey(),
  postId: text("post_id").notNull(),
  reporterId: text("reporter_id").notNull(),
  reason: text("reason"),
});

export const affiliates = pgTable("affiliates", {
  id: text("id").primaryKey(),
  schoolId: text("school_id").notNull(),
  userId: text("user_id").notNull(),
  code: text("code").notNull(),
  commissionPct: integer("commission_pct").default(20),
  payoutEmail: text("payout_email"),
  stripeAccountId: text("stripe_account_id"),
});

export const progress = pgTable("lesson_progress", {
  userId: text("user_id").notNull(),
  lessonId: text("lesson_id").notNull(),
  completed: boolean("completed").default(false),
  positionSec: integer("position_sec").default(0),
  meta: jsonb("meta"),
});

export const liveSessions = pgTable("live_sessions", {
  id: text("id").primaryKey(),
  cohortId: text("cohort_id").notNull(),
  zoomMeetingId: text("zoom_meeting_id"),
  joinUrl: text("join_url"),
  hostKey: text("host_key"),
  startsAt: timestamp("starts_at"),
});
