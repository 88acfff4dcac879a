import "server-only";
import postgres from "postgres";

// Read-mostly connection used for reports, search and a few hot paths where the ORM is too slow.
export const sql = postgres(process.env.DATABASE_URL!, {
  max: 5,
  idle_timeout: 20,
  transform: postgres.camel,
});

export type Sql = typeof sql;
