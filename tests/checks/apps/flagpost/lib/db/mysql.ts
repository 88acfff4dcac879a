import mysql from "mysql2/promise";

export const analytics = mysql.createPool({
  uri: process.env.ANALYTICS_MYSQL_URL,
  connectionLimit: 8,
});
