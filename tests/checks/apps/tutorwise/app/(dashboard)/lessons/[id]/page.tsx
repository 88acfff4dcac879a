import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { getLessonForUser } from "@/lib/data/lessons";
import { prisma } from "@/lib/db/prisma";
import { assertCanEditLesson } from "@/lib/auth/permissions";
import { LessonCard } from "@/components/LessonCard";

export default async function LessonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = await verifySession();
  const lesson = await getLessonForUser(id, userId);
  if (!lesson) notFound();

  // ok: missing-auth, missing-input-validation
  async function updateMeetingUrl(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const url = formData.get("meetingUrl");
    if (typeof url !== "string" || !/^https:\/\/(meet\.google\.com|zoom\.us)\//.test(url)) throw new Error("Use a Meet or Zoom link");
    await assertCanEditLesson(userId, id);
    // ok: missing-authorization
    await prisma.lesson.update({ where: { id }, data: { meetingUrl: url } });
    revalidatePath(`/lessons/${id}`);
  }

  // ok: missing-auth, missing-input-validation
  async function addPrivateNote(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const body = formData.get("body");
    const lessonId = formData.get("lessonId");
    if (typeof body !== "string" || body.length > 5000 || typeof lessonId !== "string") throw new Error("Note too long");
    // ruleid: floating-auth-check
    assertCanEditLesson(userId, lessonId);
    // ruleid: missing-authorization
    await prisma.lessonNote.create({ data: { lessonId, authorId: userId, body, private: true } });
    revalidatePath(`/lessons/${lessonId}`);
  }

  return (
    <main>
      <LessonCard lesson={{ ...lesson, startsAt: lesson.startsAt.toISOString() }} />
      <form action={updateMeetingUrl}>
        <input name="meetingUrl" placeholder="https://meet.google.com/..." />
        <button>Save link</button>
      </form>
      <form action={addPrivateNote}>
        <input type="hidden" name="lessonId" value={lesson.id} />
        <textarea name="body" />
        <button>Add private note</button>
      </form>
    </main>
  );
}
