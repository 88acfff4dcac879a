import { Pool } from "pg";

// Meter readings live in a TimescaleDB instance, reached with plain pg.
export const readingsPool = new Pool({ connectionString: process.env.READINGS_DATABASE_URL, max: 10 });
