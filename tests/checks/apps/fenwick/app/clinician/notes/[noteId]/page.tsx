import { notFound } from "next/navigation";
import { requireRole } from "@/lib/dal";
import { connectMongo } from "@/lib/db/mongo";
import { VisitNote } from "@/lib/models/VisitNote";
import { updateVisitNote, signVisitNote } from "@/app/actions/notes";
import { NoteEditForm } from "@/components/NoteEditForm";

export default async function NotePage({ params }: { params: Promise<{ noteId: string }> }) {
  const { noteId } = await params;
  // ok: floating-auth-check
  const staff = await requireRole("clinician");
  await connectMongo();
  const note = await VisitNote.findOne({ _id: noteId, author: staff.userId }).select("subjective objective assessment plan locked").lean();
  if (!note) notFound();
  const save = updateVisitNote.bind(null, noteId);
  const sign = signVisitNote.bind(null, noteId);
  return (
    <section>
      <NoteEditForm
        action={save}
        locked={note.locked}
        defaults={{ subjective: note.subjective ?? "", objective: note.objective ?? "", assessment: note.assessment ?? "", plan: note.plan ?? "" }}
      />
      {!note.locked && (
        <form action={sign}>
          <button type="submit">Sign note</button>
        </form>
      )}
    </section>
  );
}
