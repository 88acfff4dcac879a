import mysql from "mysql2/promise";

// Legacy billing database (pre-migration LEDES archive) still lives in MySQL.
export const billingDb = mysql.createPool({ uri: process.env.BILLING_MYSQL_URL, connectionLimit: 5 });
