import mysql from "mysql2/promise";

// Legacy reporting warehouse (MySQL replica)
export const warehouse = mysql.createPool({ uri: process.env.WAREHOUSE_URL, connectionLimit: 5 });
