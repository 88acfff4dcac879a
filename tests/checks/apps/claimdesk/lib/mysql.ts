import mysql from "mysql2/promise";

// legacy rating engine database (acquired agency)
export const ratingDb = mysql.createPool({ uri: process.env.RATING_DB_URL, connectionLimit: 5 });
