import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

interface Availability {
  id: string;
  tutor_id: string;
  weekday: number;
  start_minute: number;
  end_minute: number;
}
interface Database {
  availability: Availability;
}

export const kdb = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});
