import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { updatePet } from "../actions";
import { PetCard } from "@/components/pet-card";

export default async function PetPage({ params }: { params: Promise<{ petId: string }> }) {
  const { petId } = await params;
  const session = await verifySession();
  const pet = await prisma.pet.findFirst({
    where: { id: petId, ownerId: session.userId },
    select: { id: true, name: true, species: true, breed: true, photoUrl: true },
  });
  if (!pet) notFound();

  // ok: missing-auth, missing-input-validation
  async function archivePet() {
    "use server";
    const s = await verifySession();
    // ok: missing-authorization
    await prisma.pet.updateMany({ where: { id: petId, ownerId: s.userId }, data: { photoUrl: null } });
    revalidatePath("/pets");
  }

  // ruleid: missing-input-validation
  // ok: missing-auth
  async function importPhoto(formData: FormData) {
    "use server";
    const s = await verifySession();
    const url = formData.get("photoUrl") as string;
    const res = await fetch(url, { method: "HEAD" });
    if (!res.headers.get("content-type")?.startsWith("image/")) return;
    await prisma.pet.updateMany({ where: { id: petId, ownerId: s.userId }, data: { photoUrl: url } });
    revalidatePath(`/pets/${petId}`);
  }

  const updateThisPet = updatePet.bind(null, pet.id);

  return (
    <div>
      <PetCard pet={pet} />
      <form action={updateThisPet}>
        <input name="name" defaultValue={pet.name} />
        <button>Save</button>
      </form>
      <form action={importPhoto}>
        <input name="photoUrl" type="url" />
        <button>Use photo from URL</button>
      </form>
      <form action={archivePet}>
        <button>Remove photo</button>
      </form>
    </div>
  );
}
