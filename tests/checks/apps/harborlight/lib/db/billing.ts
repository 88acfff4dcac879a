import mysql from "mysql2/promise";

// Legacy billing system (invoices, ledger). Not migrated yet.
export const billing = mysql.createPool({
  uri: process.env.BILLING_DATABASE_URL,
  connectionLimit: 5,
});
