import { createClient } from "@libsql/client";

// Audit trail and the full-text search index live in Turso (one db per region).
export const turso = createClient({
  url: process.env.TURSO_DATABASE_URL!,
  authToken: process.env.TURSO_AUTH_TOKEN,
});
