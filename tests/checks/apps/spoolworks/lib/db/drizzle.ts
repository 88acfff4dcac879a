import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/lib/db/schema";

const client = postgres(process.env.TELEMETRY_DATABASE_URL!, { max: 10 });
export const tdb = drizzle(client, { schema });
