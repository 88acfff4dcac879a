import { pgTable, text, timestamp, integer, boolean, jsonb } from "drizzle-orm/pg-core";

export const savedViews = pgTable("saved_views", {
  id: text("id").primaryKey(),
  workspaceId: text("workspace_id").notNull(),
  ownerId: text("owner_id").notNull(),
  name: text("name").notNull(),
  filters: jsonb("filters").notNull(),
  sortColumn: text("sort_column").default("created_at"),
  shared: boolean("shared").default(false),
});

export const outboundWebhooks = pgTable("outbound_webhooks", {
  id: text("id").primaryKey(),
  workspaceId: text("workspace_id").notNull(),
  url: text("url").notNull(),
  signingSecret: text("signing_secret").notNull(),
  events: text("events").array().notNull(),
  active: boolean("active").default(true),
  createdAt: timestamp("created_at").defaultNow(),
});

export const automations = pgTable("automations", {
  id: text("id").primaryKey(),
  workspaceId: text("workspace_id").notNull(),
  name: text("name").notNull(),
  conditions: jsonb("conditions").notNull(),
  actions: jsonb("actions").notNull(),
  enabled: boolean("enabled").default(true),
  runCount: integer("run_count").default(0),
});

export const agentProfiles = pgTable("agent_profiles", {
  userId: text("user_id").primaryKey(),
  displayName: text("display_name"),
  signature: text("signature"),
  timezone: text("timezone"),
  role: text("role").default("agent"),
  isSuperAdmin: boolean("is_super_admin").default(false),
  recoveryCodesHash: text("recovery_codes_hash"),
});
