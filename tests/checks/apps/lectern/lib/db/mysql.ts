import mysql from "mysql2/promise";

// Legacy billing ledger still lives in MySQL (migrated from the old PHP app).
export const ledger = mysql.createPool({ uri: process.env.LEDGER_URL, connectionLimit: 5 });
