import mysql from "mysql2/promise";

// Legacy billing system (invoices, payments) still lives in MySQL.
export const billing = mysql.createPool({
  uri: process.env.BILLING_MYSQL_URL,
  connectionLimit: 4,
  namedPlaceholders: false,
});
