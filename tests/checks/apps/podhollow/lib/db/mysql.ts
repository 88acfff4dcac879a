import mysql from "mysql2/promise";

// Legacy ad-invoice ledger (the old billing system still owns it).
export const pool = mysql.createPool({
  uri: process.env.LEDGER_DATABASE_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});
