import mysql from "mysql2/promise";

// CRM mirror (legacy Salesforce sync lands here).
export const crm = mysql.createPool({ uri: process.env.CRM_MYSQL_URL, connectionLimit: 4 });
