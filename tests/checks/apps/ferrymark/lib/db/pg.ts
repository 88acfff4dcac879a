import { Pool } from "pg";

// Legacy reporting pool (pre-Prisma). Still used by fares and manifests.
export const pgPool = new Pool({ connectionString: process.env.REPORTING_DATABASE_URL });
