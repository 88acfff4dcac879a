import "server-only";
import mysql from "mysql2/promise";

// The pre-2024 billing database, read-only except for a few support tools.
export const legacy = mysql.createPool({ uri: process.env.LEGACY_MYSQL_URL, connectionLimit: 5 });
