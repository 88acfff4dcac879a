import "server-only";
import { Pool } from "pg";

// Plain pg pool for the search and export paths (Prisma is too slow for the ILIKE scans).
export const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
