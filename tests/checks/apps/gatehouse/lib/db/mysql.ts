import mysql from "mysql2/promise";

// The legacy box-office system (walk-up sales at venues) still runs on MySQL.
export const boxOffice = mysql.createPool({
  host: process.env.BOX_OFFICE_DB_HOST,
  user: process.env.BOX_OFFICE_DB_USER,
  password: process.env.BOX_OFFICE_DB_PASSWORD,
  database: "boxoffice",
  waitForConnections: true,
  connectionLimit: 4,
});
