import mysql from "mysql2/promise";

// Legacy volunteer scheduling database (pre-2024 PHP system, still the source of truth for shift sign-ups)
export const legacy = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: false,
});
