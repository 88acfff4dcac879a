import mysql from "mysql2/promise";

// Legacy POS database (MySQL) kept for the older tasting-room terminals.
export const legacyDb = mysql.createPool({ uri: process.env.LEGACY_MYSQL_URL, connectionLimit: 5 });
