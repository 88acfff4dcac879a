import mysql from "mysql2/promise";

// Legacy fuel-dock point-of-sale database (vendor owned, still MySQL).
export const fuelDb = mysql.createPool({
  uri: process.env.FUEL_POS_URL,
  connectionLimit: 4,
});
