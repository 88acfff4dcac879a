import mysql from "mysql2/promise";

// Legacy fleet billing system (still MySQL, owned by the finance team).
export const billingDb = mysql.createPool({
  uri: process.env.BILLING_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});
