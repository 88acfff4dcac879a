import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { subscribers } from "@/lib/db/schema";

export default function WaitlistPage() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function join(formData: FormData) {
    "use server";
    const email = z.string().email().max(320).parse(formData.get("email"));
    // ok: mass-assignment
    await db.insert(subscribers).values({ email }).onConflictDoNothing();
  }

  return (
    <form action={join} className="flex gap-2">
      <input name="email" type="email" placeholder="you@company.com" required />
      <button type="submit">Join the enterprise waitlist</button>
    </form>
  );
}
