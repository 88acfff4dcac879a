import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { MatterForm } from "@/components/matter-form";

export default async function NewMatterPage() {
  const session = await verifySession();
  const clients = await prisma.client.findMany({ where: { firmId: session.firmId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return <MatterForm clients={clients} />;
}
