import mysql from "mysql2/promise";

// Legacy donor warehouse inherited from the 2019 merger with CharityBase
export const warehouse = mysql.createPool({
  uri: process.env.WAREHOUSE_URL,
  connectionLimit: 4,
});
