import { boolean, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const projects = pgTable("projects", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  name: text("name").notNull(),
  key: text("key").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const environments = pgTable("environments", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  orgId: text("org_id").notNull(),
  name: text("name").notNull(),
  color: text("color").default("#64748b"),
  serverKeyHash: text("server_key_hash").notNull(),
  clientKey: text("client_key").notNull(),
  requireApproval: boolean("require_approval").default(false).notNull(),
});

export const segments = pgTable("segments", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  orgId: text("org_id").notNull(),
  name: text("name").notNull(),
  conditions: jsonb("conditions").notNull(),
  createdBy: text("created_by").notNull(),
});

export const scheduledRollouts = pgTable("scheduled_rollouts", {
  id: text("id").primaryKey(),
  orgId: text("org_id").notNull(),
  flagId: text("flag_id").notNull(),
  environmentId: text("environment_id").notNull(),
  percentage: integer("percentage").notNull(),
  runAt: timestamp("run_at").notNull(),
  status: text("status").default("pending").notNull(),
});

export const profiles = pgTable("profiles", {
  userId: text("user_id").primaryKey(),
  displayName: text("display_name"),
  timezone: text("timezone"),
  avatarUrl: text("avatar_url"),
  role: text("role").default("user").notNull(),
  credits: integer("credits").default(0).notNull(),
});
