import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./lib/db/schema.ts",
  dialect: "turso",
  dbCredentials: { url: process.env.TURSO_URL!, authToken: process.env.TURSO_TOKEN },
});
