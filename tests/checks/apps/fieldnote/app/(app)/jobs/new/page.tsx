import { prisma } from "@/lib/prisma";
import { requireUser } from "@/lib/session";
import { NewJobForm } from "./job-form";

export default async function NewJobPage() {
  const session = await requireUser();
  const customers = await prisma.customer.findMany({
    where: { workspaceId: session.workspaceId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return <NewJobForm customers={customers} />;
}
