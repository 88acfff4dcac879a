import mysql from "mysql2/promise";

// Legacy HRIS mirror (acquired product), still MySQL.
export const legacyDb = mysql.createPool({ uri: process.env.LEGACY_MYSQL_URL, connectionLimit: 5 });
