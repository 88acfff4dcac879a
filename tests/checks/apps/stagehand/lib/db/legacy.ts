import mysql from "mysql2/promise";

/** The old vendor-management system (MySQL) still owns pitch numbers and fee ledgers. */
export const legacy = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});
