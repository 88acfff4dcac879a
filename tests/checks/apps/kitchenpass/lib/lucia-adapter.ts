import { NodePostgresAdapter } from "@lucia-auth/adapter-postgresql";
import { pool } from "@/lib/db/drizzle";

export const adapter = new NodePostgresAdapter(pool, { user: "kiosk_user", session: "kiosk_session" });
