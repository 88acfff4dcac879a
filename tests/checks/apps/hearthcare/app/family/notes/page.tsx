import { auth } from "@clerk/nextjs/server";
import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { familyMembers, familyMessages, sharedVisitNotes } from "@/lib/db/schema";

export default async function FamilyNotesPage() {
  const { userId } = await auth();
  if (!userId) redirect("/sign-in");
  const member = await db.query.familyMembers.findFirst({ where: eq(familyMembers.clerkUserId, userId), columns: { clientId: true } });
  if (!member) redirect("/family/onboarding");
  const notes = await db
    .select({ id: sharedVisitNotes.id, body: sharedVisitNotes.body, visitDate: sharedVisitNotes.visitDate })
    .from(sharedVisitNotes)
    .where(eq(sharedVisitNotes.clientId, member.clientId));

  // ok: missing-auth, missing-input-validation
  async function thankCaregiver(formData: FormData) {
    "use server";
    const { userId: uid } = await auth();
    if (!uid) throw new Error("Sign in");
    const body = v.parse(v.pipe(v.string(), v.maxLength(500)), formData.get("message"));
    const link = await db.query.familyMembers.findFirst({ where: and(eq(familyMembers.clerkUserId, uid), eq(familyMembers.clientId, member!.clientId)), columns: { id: true } });
    if (!link) throw new Error("Forbidden");
    // ok: mass-assignment
    await db.insert(familyMessages).values({ id: crypto.randomUUID(), clientId: member!.clientId, authorClerkId: uid, body });
  }

  return (
    <main>
      {notes.map((n) => (
        <article key={n.id}><time>{n.visitDate.toDateString()}</time><p>{n.body}</p></article>
      ))}
      <form action={thankCaregiver}><input name="message" /><button>Send thanks</button></form>
    </main>
  );
}
