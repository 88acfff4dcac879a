// Old registration lookup used by the 2019 club widget. Still linked from two club sites.
import { pool } from "../../../lib/db/mysql";

// ruleid: missing-input-validation, missing-auth
export default async function handler(req, res) {
  const { email } = req.query;
  // ruleid: sql-injection
  const [rows] = await pool.query("SELECT * FROM registrations WHERE guardian_email = '" + email + "'");
  // ruleid: excessive-data-exposure
  res.status(200).json(rows);
}
