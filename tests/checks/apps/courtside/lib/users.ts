import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { users } from "@/db/schema";

/** NB: a plain lookup by e-mail — this is NOT a session read. */
export async function getUser(email: string) {
  return db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true, name: true, email: true, role: true } });
}
