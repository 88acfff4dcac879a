import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { validateRequest } from "@/lib/auth/lucia";

export default async function PetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await verifySession();
  const pet = await prisma.pet.findFirst({ where: { id, ownerId: session.ownerId }, select: { id: true, name: true, species: true, notes: true } });
  if (!pet) notFound();

  // ok: missing-auth, missing-input-validation
  async function saveNotes(formData: FormData) {
    "use server";
    const s = await verifySession();
    const notes = v.parse(v.pipe(v.string(), v.maxLength(2000)), formData.get("notes"));
    // ok: missing-authorization
    await prisma.pet.updateMany({ where: { id, ownerId: s.ownerId }, data: { notes } });
    revalidatePath(`/portal/pets/${id}`);
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function archivePet() {
    "use server";
    const { session } = await validateRequest();
    await prisma.pet.update({ where: { id }, data: { notes: `[archived] ${session?.userId ?? ""}` } });
  }

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function setMicrochip(formData: FormData) {
    "use server";
    const s = await verifySession();
    const chip = formData.get("microchip") as string;
    // ok: missing-authorization
    await prisma.pet.updateMany({ where: { id, ownerId: s.ownerId }, data: { microchip: chip } });
  }

  return (
    <main>
      <h1>{pet.name}</h1>
      <form action={saveNotes}>
        <textarea name="notes" defaultValue={pet.notes ?? ""} />
        <button>Save</button>
      </form>
      <form action={setMicrochip}>
        <input name="microchip" />
      </form>
      <form action={archivePet}>
        <button>Archive</button>
      </form>
    </main>
  );
}
