import mysql from "mysql2/promise";

// Legacy box-office database (pre-2023 orders), read-mostly.
export const legacy = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 4,
});
