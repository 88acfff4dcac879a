import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = await verifySession();
  const note = await prisma.note.findFirst({
    where: { id, authorId: userId },
    select: { id: true, title: true, content: true, pinned: true },
  });
  if (!note) notFound();

  // Inline server action: authenticates itself and scopes the write to the owner.
  // ok: missing-auth, missing-input-validation
  async function togglePin() {
    "use server";
    const session = await verifySession();
    // ok: missing-authorization
    await prisma.note.updateMany({ where: { id, authorId: session.userId }, data: { pinned: !note!.pinned } });
    revalidatePath(`/notes/${id}`);
  }

  return (
    <article>
      <h1>{note.title}</h1>
      <form action={togglePin}>
        <button type="submit">{note.pinned ? "Unpin" : "Pin"}</button>
      </form>
      <div>{note.content}</div>
    </article>
  );
}
