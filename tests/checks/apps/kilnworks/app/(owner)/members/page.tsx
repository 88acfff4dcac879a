import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db, memberships } from "@/lib/db";
import { requireStudioRole } from "@/lib/dal";
import { listMembers } from "./actions";
import { MemberTable } from "@/components/member-table";

export default async function MembersPage({ searchParams }: { searchParams: Promise<{ studio: string }> }) {
  const { studio } = await searchParams;
  const members = await listMembers();

  // ok: missing-auth, missing-input-validation
  async function saveMemberNotes(formData: FormData) {
    "use server";
    const data = z.object({ studioId: z.string().uuid(), membershipId: z.string().uuid(), notes: z.string().max(500) }).parse(Object.fromEntries(formData));
    await requireStudioRole(data.studioId, ["owner", "manager"]);
    // ok: missing-authorization, mass-assignment
    await db.update(memberships).set({ notes: data.notes }).where(and(eq(memberships.id, data.membershipId), eq(memberships.studioId, data.studioId)));
    revalidatePath("/members");
  }

  // ok: missing-auth, missing-input-validation
  async function adjustCredits(formData: FormData) {
    "use server";
    const data = z.object({ studioId: z.string().uuid(), membershipId: z.string().uuid(), credits: z.coerce.number().int().min(0).max(200) }).parse(Object.fromEntries(formData));
    await requireStudioRole(data.studioId, ["owner"]);
    // ok: missing-authorization
    // todook: mass-assignment -- (gap judge: ambiguous; policy) credits set by the studio owner (requireStudioRole owner) is the feature
    await db.update(memberships).set({ credits: data.credits }).where(and(eq(memberships.id, data.membershipId), eq(memberships.studioId, data.studioId)));
  }

  return <MemberTable studioId={studio} members={members} saveNotes={saveMemberNotes} adjustCredits={adjustCredits} />;
}
