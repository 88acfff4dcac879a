import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { FlagToggle } from "@/components/flag-toggle";

type Props = { params: Promise<{ org: string; flagId: string }> };

export default async function FlagPage({ params }: Props) {
  const { flagId } = await params;
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const userId = session.user.id;

  const flag = await prisma.flag.findFirst({
    where: { id: flagId, project: { org: { members: { some: { userId } } } } },
    select: { id: true, key: true, name: true, enabled: true, projectId: true },
  });
  if (!flag) notFound();

  // ok: missing-auth, missing-input-validation
  async function archive() {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    // ok: missing-authorization
    await prisma.flag.updateMany({
      where: { id: flagId, project: { org: { members: { some: { userId: s.user.id } } } } },
      data: { archived: true },
    });
    revalidatePath(`/flags/${flagId}`);
  }

  // ruleid: missing-input-validation
  async function duplicate(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) throw new Error("Unauthorized");
    const source = await prisma.flag.findFirst({
      where: { id: flagId, project: { org: { members: { some: { userId: s.user.id } } } } },
      select: { projectId: true, name: true, rules: true },
    });
    if (!source) throw new Error("Not found");
    await prisma.flag.create({
      data: {
        projectId: source.projectId,
        key: formData.get("key") as string,
        name: `${source.name} (copy)`,
        rules: source.rules ?? [],
        createdById: s.user.id,
      },
    });
    redirect(`/flags`);
  }

  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-semibold">{flag.name}</h1>
      <FlagToggle id={flag.id} enabled={flag.enabled} />
      <form action={archive}>
        <button type="submit">Archive</button>
      </form>
      <form action={duplicate}>
        <input name="key" placeholder="new-flag-key" />
        <button type="submit">Duplicate</button>
      </form>
    </main>
  );
}
