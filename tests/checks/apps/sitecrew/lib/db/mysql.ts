import mysql from "mysql2/promise";

// Legacy certified-payroll database (acquired from PayTrack in 2022).
export const payrollDb = mysql.createPool({
  uri: process.env.PAYROLL_MYSQL_URL,
  connectionLimit: 4,
  namedPlaceholders: false,
});
