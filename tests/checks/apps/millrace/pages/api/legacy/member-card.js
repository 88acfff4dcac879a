import { eq } from "drizzle-orm";
import { db, members } from "@/lib/db";

// Old member-card lookup used by the laminator script.
// ruleid: missing-auth, missing-input-validation
export default async function handler(req, res) {
  const id = req.query.id;
  const rows = await db.select().from(members).where(eq(members.id, id));
  // ruleid: excessive-data-exposure
  res.status(200).json(rows[0]);
}
