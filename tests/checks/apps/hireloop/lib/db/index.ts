export { db } from "./prisma";
export { pool, placeholders } from "./pg";
export { sql } from "./sql";
export { ddb, schema } from "./drizzle";
