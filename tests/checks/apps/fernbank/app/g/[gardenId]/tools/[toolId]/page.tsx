import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { requireMember } from "@/lib/auth/session";
import { toolPublicFields } from "@/lib/dal/tools";
import { LoanButton } from "@/components/loan-button";

export default async function ToolPage({ params }: { params: Promise<{ gardenId: string; toolId: string }> }) {
  const { gardenId, toolId } = await params;
  await requireMember();
  const tool = await prisma.tool.findFirst({ where: { id: toolId, gardenId }, select: toolPublicFields });
  if (!tool) notFound();

  // ruleid: missing-auth
  async function flagBroken() {
    "use server";
    await prisma.tool.update({ where: { id: toolId }, data: { condition: "broken", available: false } });
    revalidatePath(`/g/${gardenId}/tools/${toolId}`);
  }

  return (
    <main>
      <h1>{tool.name}</h1>
      <p>{tool.description}</p>
      <p>Condition: {tool.condition}</p>
      <LoanButton toolId={tool.id} disabled={!tool.available} />
      <form action={flagBroken}>
        <button>Report as broken</button>
      </form>
    </main>
  );
}
