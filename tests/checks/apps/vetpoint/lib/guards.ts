import { prisma } from "@/lib/db/prisma";
import { requireStaff } from "@/lib/auth/kinde";

export async function isClinicMember(staffId: string, clinicId: string): Promise<boolean> {
  const s = await prisma.staffMember.findFirst({ where: { id: staffId, clinicId, active: true }, select: { id: true } });
  return Boolean(s);
}

export async function canTreatPet(staffClinicId: string, petId: string): Promise<boolean> {
  const pet = await prisma.pet.findUnique({ where: { id: petId }, select: { clinicId: true } });
  return pet?.clinicId === staffClinicId;
}

// Two helpers deep: requireVet -> requireStaff -> getKindeServerSession
export async function requireVet() {
  const staff = await requireStaff();
  if (staff.role !== "vet") throw new Error("Vets only");
  return staff;
}

export async function assertPetInClinic(petId: string, clinicId: string) {
  const pet = await prisma.pet.findFirst({ where: { id: petId, clinicId }, select: { id: true } });
  if (!pet) throw new Error("Not found");
  return pet;
}
