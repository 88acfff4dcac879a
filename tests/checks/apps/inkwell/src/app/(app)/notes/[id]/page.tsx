import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "~/auth";
import { prisma } from "~/lib/prisma";
import { NoteEditor } from "~/components/note-editor";

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  const { id } = await params;
  const note = await prisma.note.findFirst({
    where: { id, authorId: session.user.id, deletedAt: null },
    select: { id: true, title: true, body: true, visibility: true, shareToken: true },
  });
  if (!note) notFound();

  // ok: missing-auth
  // ok: missing-input-validation -- explicit runtime check
  async function saveTitle(formData: FormData) {
    "use server";
    const current = await auth();
    if (!current?.user?.id) throw new Error("Unauthorized");
    const title = formData.get("title");
    if (typeof title !== "string" || title.length === 0 || title.length > 200) throw new Error("Invalid title");
    // ok: missing-authorization -- constrained by the author
    await prisma.note.updateMany({ where: { id, authorId: current.user.id }, data: { title } });
    revalidatePath(`/notes/${id}`);
  }

  // ruleid: missing-auth -- the page checked the session, but the action is its own endpoint
  async function deleteThisNote() {
    "use server";
    await prisma.note.update({ where: { id }, data: { deletedAt: new Date() } });
    redirect("/notes");
  }

  // ruleid: missing-auth
  // ruleid: missing-input-validation
  async function setVisibility(formData: FormData) {
    "use server";
    const visibility = formData.get("visibility") as string;
    await prisma.note.update({ where: { id }, data: { visibility } });
    revalidatePath(`/notes/${id}`);
  }

  return (
    <main className="mx-auto max-w-3xl py-10">
      <form action={saveTitle}>
        <input name="title" defaultValue={note.title} className="w-full text-3xl font-semibold" />
      </form>
      <form action={setVisibility}>
        <select name="visibility" defaultValue={note.visibility}>
          <option value="private">Private</option>
          <option value="workspace">Workspace</option>
          <option value="public">Public</option>
        </select>
      </form>
      <NoteEditor noteId={note.id} initialBody={note.body} shareToken={note.shareToken} />
      <form action={deleteThisNote}>
        <button className="text-red-600">Move to trash</button>
      </form>
    </main>
  );
}
