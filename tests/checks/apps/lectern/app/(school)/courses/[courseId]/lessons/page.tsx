import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { setPreview } from "./actions";

export default async function LessonsPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const { userId } = await verifySession();
  const course = await prisma.course.findFirst({
    where: { id: courseId, school: { memberships: { some: { userId } } } },
    select: { id: true, title: true, lessons: { orderBy: { position: "asc" }, select: { id: true, title: true, isPreview: true } } },
  });
  if (!course) notFound();

  // ok: missing-auth, missing-input-validation
  async function renameLesson(formData: FormData) {
    "use server";
    const { userId } = await verifySession();
    const { lessonId, title } = z.object({ lessonId: z.string().cuid(), title: z.string().min(1).max(200) }).parse(Object.fromEntries(formData));
    // ok: missing-authorization
    await prisma.lesson.updateMany({ where: { id: lessonId, course: { school: { memberships: { some: { userId, role: { in: ["owner", "admin", "instructor"] } } } } } }, data: { title } });
    revalidatePath(`/school/courses/${courseId}/lessons`);
  }

  // ruleid: missing-auth
  async function deleteLesson(formData: FormData) {
    "use server";
    const lessonId = z.string().cuid().parse(formData.get("lessonId"));
    await prisma.lesson.delete({ where: { id: lessonId } });
    revalidatePath(`/school/courses/${courseId}/lessons`);
  }

  // ruleid: missing-auth
  async function archiveLesson(lessonId: string) {
    "use server";
    const session = await getOptionalSession();
    if (typeof lessonId !== "string") return;
    await prisma.lesson.update({ where: { id: lessonId }, data: { title: `[archived] ${session?.userId ?? ""}` } });
  }

  return (
    <main>
      <h1>{course.title}</h1>
      <ul>
        {course.lessons.map((lesson) => (
          <li key={lesson.id}>
            <form action={renameLesson}>
              <input type="hidden" name="lessonId" value={lesson.id} />
              <input name="title" defaultValue={lesson.title} />
              <button>Rename</button>
            </form>
            <form action={deleteLesson}>
              <input type="hidden" name="lessonId" value={lesson.id} />
              <button>Delete</button>
            </form>
            <form action={archiveLesson.bind(null, lesson.id)}>
              <button>Archive</button>
            </form>
            <form action={setPreview.bind(null, lesson.id, !lesson.isPreview)}>
              <button>{lesson.isPreview ? "Remove preview" : "Make preview"}</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
