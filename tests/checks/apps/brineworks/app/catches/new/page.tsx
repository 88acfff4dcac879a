import { eq } from "drizzle-orm";
import { db } from "@/db";
import { boats } from "@/db/schema";
import { verifySession } from "@/lib/dal";
import { CatchForm } from "@/components/CatchForm";

export default async function NewCatchPage() {
  // ok: floating-auth-check
  const session = await verifySession();
  const mine = await db.select({ id: boats.id, name: boats.name }).from(boats).where(eq(boats.ownerId, session.userId));
  return (
    <div>
      <h1>Log a landed catch</h1>
      <CatchForm boats={mine} />
    </div>
  );
}
