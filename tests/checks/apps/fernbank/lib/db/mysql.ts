import mysql from "mysql2/promise";

/** Legacy federation reporting database (pre-2023 PHP system, still the source of truth for dues history). */
export const legacyPool = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 5,
});
