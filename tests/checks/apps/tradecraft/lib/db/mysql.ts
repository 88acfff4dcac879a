import mysql from "mysql2/promise";

// Legacy ILR / funding claim store inherited from the Tradecraft v1 PHP app.
export const legacy = mysql.createPool({
  uri: process.env.LEGACY_MYSQL_URL,
  connectionLimit: 5,
  namedPlaceholders: true,
});
