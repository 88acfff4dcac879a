import mysql from "mysql2/promise";

/** Legacy point-of-sale database (inherited from the 2019 acquisition of RepsPOS). */
export const posPool = mysql.createPool({
  uri: process.env.POS_DATABASE_URL,
  connectionLimit: 8,
  namedPlaceholders: false,
});
