import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { sqliteTable, text, integer } from "drizzle-orm/sqlite-core";

// Local cache of the charity-registry vendor feed (EIN lookups), refreshed nightly.
export const registryDb = new Database(process.env.REGISTRY_SQLITE_PATH ?? "./registry.sqlite");

export const charities = sqliteTable("charities", {
  ein: text("ein").primaryKey(),
  name: text("name").notNull(),
  state: text("state"),
  status: integer("status").notNull(),
});

export const registry = drizzle(registryDb, { schema: { charities } });
