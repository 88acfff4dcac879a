import { pgTable, text, integer, timestamp, boolean, numeric } from "drizzle-orm/pg-core";

export const scheduleTasks = pgTable("schedule_tasks", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  tenantId: text("tenant_id").notNull(),
  phase: text("phase").notNull(),
  name: text("name").notNull(),
  startsOn: timestamp("starts_on").notNull(),
  endsOn: timestamp("ends_on").notNull(),
  percentComplete: integer("percent_complete").default(0),
  predecessorId: text("predecessor_id"),
});

export const punchItems = pgTable("punch_items", {
  id: text("id").primaryKey(),
  projectId: text("project_id").notNull(),
  tenantId: text("tenant_id").notNull(),
  location: text("location").notNull(),
  description: text("description").notNull(),
  assigneeCompanyId: text("assignee_company_id"),
  status: text("status").default("open"),
  closedById: text("closed_by_id"),
  closedAt: timestamp("closed_at"),
});

export const crewMembers = pgTable("crew_members", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  workerId: text("worker_id").notNull(),
  name: text("name").notNull(),
  badgeNumber: text("badge_number").notNull(),
  kioskPinHash: text("kiosk_pin_hash").notNull(),
  foreman: boolean("foreman").default(false),
});

export const crewTime = pgTable("crew_time", {
  id: text("id").primaryKey(),
  tenantId: text("tenant_id").notNull(),
  crewMemberId: text("crew_member_id").notNull(),
  projectId: text("project_id").notNull(),
  clockIn: timestamp("clock_in").notNull(),
  clockOut: timestamp("clock_out"),
  lat: numeric("lat"),
  lng: numeric("lng"),
});
