import mysql from "mysql2/promise";
import { drizzle } from "drizzle-orm/mysql2";
import { mysqlTable, varchar, int, datetime } from "drizzle-orm/mysql-core";

export const mysqlPool = mysql.createPool({ uri: process.env.POS_MYSQL_URL, connectionLimit: 5 });

export const posOrders = mysqlTable("pos_orders", {
  id: varchar("id", { length: 36 }).primaryKey(),
  venueId: varchar("venue_id", { length: 36 }).notNull(),
  externalId: varchar("external_id", { length: 64 }).notNull(),
  totalCents: int("total_cents").notNull(),
  closedAt: datetime("closed_at"),
});

export const posDb = drizzle(mysqlPool, { schema: { posOrders }, mode: "default" });
