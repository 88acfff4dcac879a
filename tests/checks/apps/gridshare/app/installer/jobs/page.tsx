import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { siteVisits, installers } from "@/lib/db/drizzle/schema";

async function currentInstaller() {
  const { userId } = await auth();
  if (!userId) throw new Error("Sign in required");
  const [row] = await db.select({ id: installers.id }).from(installers).where(eq(installers.clerkUserId, userId));
  if (!row) throw new Error("Not an installer");
  return row;
}

export default async function JobsPage() {
  const installer = await currentInstaller();
  const jobs = await db
    .select({ id: siteVisits.id, scheduledFor: siteVisits.scheduledFor, status: siteVisits.status })
    .from(siteVisits)
    .where(eq(siteVisits.installerId, installer.id));

  // ok: missing-auth, missing-input-validation
  async function startJob(formData: FormData) {
    "use server";
    const me = await currentInstaller();
    const visitId = formData.get("visitId");
    if (typeof visitId !== "string" || visitId.length !== 36) throw new Error("Bad id");
    await db
      .update(siteVisits)
      .set({ status: "in_progress" })
      // ok: missing-authorization
      .where(and(eq(siteVisits.id, visitId), eq(siteVisits.installerId, me.id)));
    revalidatePath("/installer/jobs");
  }

  return (
    <ul>
      {jobs.map((j) => (
        <li key={j.id}>
          {j.scheduledFor.toDateString()} — {j.status}
          <form action={startJob}>
            <input type="hidden" name="visitId" value={j.id} />
            <button>Start</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
