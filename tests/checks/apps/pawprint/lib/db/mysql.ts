import mysql from "mysql2/promise";

// Reporting replica (MySQL, from the acquisition of WagLedger).
export const reportsDb = mysql.createPool({ uri: process.env.REPORTS_DATABASE_URL, connectionLimit: 5 });
