import mysql from "mysql2/promise";

// The harbour-authority integration still lives on the old MySQL box.
export const harbourDb = mysql.createPool({ uri: process.env.HARBOUR_MYSQL_URL });
