import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getPantryForUser } from "@/lib/dal/pantries";
import { requireUser, canManagePantry } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { IntakeNotesForm } from "@/components/intake-notes-form";

export default async function PantryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const pantry = await getPantryForUser(id);
  if (!pantry) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveIntakeNotes(formData: FormData) {
    "use server";
    const user = await requireUser();
    const notes = formData.get("notes");
    if (typeof notes !== "string" || notes.length > 2000) throw new Error("Invalid notes");
    // ok: floating-auth-check
    if (!(await canManagePantry(user.id, id))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.pantry.update({ where: { id }, data: { intakeNotes: notes } });
    revalidatePath(`/pantries/${id}`);
  }

  // ok: missing-auth
  // ok: missing-input-validation
  async function setAccessCode(formData: FormData) {
    "use server";
    const user = await requireUser();
    // why: un-awaited canManagePantry — the Promise is truthy, the negation is always false
    // ruleid: floating-auth-check
    if (!canManagePantry(user.id, id)) throw new Error("Forbidden");
    const code = formData.get("code");
    if (typeof code !== "string" || !/^\d{6}$/.test(code)) throw new Error("6 digits");
    await prisma.pantry.update({ where: { id }, data: { accessCode: code } });
  }

  return (
    <main>
      <h1>{pantry.name}</h1>
      <p>{pantry.address}</p>
      <IntakeNotesForm action={saveIntakeNotes} />
      <form action={setAccessCode}><input name="code" /><button>Set kiosk PIN</button></form>
    </main>
  );
}
