import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { db } from "@/lib/db";
import { legacySessions, users } from "@/db/legacy-schema";

export const adapter = new DrizzlePostgreSQLAdapter(db, legacySessions, users);
