import mysql from "mysql2/promise";

// legacy EDI gateway mirror, still on MySQL after the 2023 migration
export const edi = mysql.createPool({ uri: process.env.EDI_MYSQL_URL, connectionLimit: 4 });
