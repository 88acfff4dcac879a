import mysql from "mysql2/promise";

// Support console reads the legacy CRM replica (MySQL).
export const mysqlPool = mysql.createPool({
  uri: process.env.SUPPORT_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});
