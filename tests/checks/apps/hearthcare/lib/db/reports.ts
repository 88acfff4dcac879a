import { Pool } from "pg";

// Read replica used for payroll exports and reporting.
export const reportsPool = new Pool({ connectionString: process.env.REPORTS_DATABASE_URL, max: 3 });
