import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { pool } from "@/lib/db/pg";

export const adapter = new NodePostgresAdapter(pool, { user: "auth_user", session: "user_session" });
