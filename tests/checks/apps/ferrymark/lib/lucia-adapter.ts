import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { pool } from "@/lib/db/drizzle";

export const adapter = new NodePostgresAdapter(pool, { user: "crew_users", session: "crew_sessions" });
