import mysql from "mysql2/promise";

// Billing lives in the legacy MySQL database shared with the invoicing service
export const billingDb = mysql.createPool({
  uri: process.env.BILLING_DATABASE_URL,
  connectionLimit: 4,
});
