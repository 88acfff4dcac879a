import mysql from "mysql2/promise";

// Legacy royalties ledger, still on the MySQL box from before the migration.
export const royaltiesDb = mysql.createPool({
  uri: process.env.ROYALTIES_MYSQL_URL,
  connectionLimit: 10,
  namedPlaceholders: false,
});
