import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export default async function NotePage({ params }: { params: Promise<{ noteId: string }> }) {
  const { noteId } = await params;
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const note = await prisma.lessonNote.findFirst({ where: { id: noteId, authorId: session.user.id }, select: { id: true, body: true } });
  if (!note) redirect("/notes");

  // ok: missing-auth
  // ruleid: missing-input-validation
  async function saveNote(formData: FormData) {
    "use server";
    const s = await auth();
    if (!s?.user?.id) redirect("/login");
    // ok: missing-authorization
    await prisma.lessonNote.updateMany({ where: { id: noteId, authorId: s.user.id }, data: { body: formData.get("body") as string } });
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function deleteThisNote() {
    "use server";
    await prisma.lessonNote.delete({ where: { id: noteId } });
    redirect("/notes");
  }

  return (
    <form action={saveNote}>
      <textarea name="body" defaultValue={note.body} />
      <button>Save</button>
      <button formAction={deleteThisNote}>Delete</button>
    </form>
  );
}
