import mysql from "mysql2/promise";

// Legacy cashiering system (front counter registers) still lives in MySQL.
export const cashierDb = mysql.createPool({
  uri: process.env.CASHIER_MYSQL_URL,
  connectionLimit: 5,
});
