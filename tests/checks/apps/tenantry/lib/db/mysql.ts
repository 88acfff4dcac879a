import mysql from "mysql2/promise";

/** Legacy listings database (syndicated from the old PHP site). */
export const listingsDb = mysql.createPool({
  uri: process.env.LISTINGS_MYSQL_URL,
  connectionLimit: 5,
});
