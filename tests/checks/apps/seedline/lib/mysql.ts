import mysql from "mysql2/promise";

// The weigh-bridge vendor's on-prem database, replicated nightly. Still the source of truth for old tickets.
export const weighDb = mysql.createPool({ uri: process.env.WEIGHBRIDGE_MYSQL_URL, connectionLimit: 4 });
