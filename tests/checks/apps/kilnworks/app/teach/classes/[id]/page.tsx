import { and, eq } from "drizzle-orm";
import { notFound, redirect } from "next/navigation";
import { db, classes, enrollments } from "@/lib/db";
import { requireInstructor } from "@/lib/clerk";
import { sendMail } from "@/lib/mailer";
import { checkRateLimit } from "@/lib/rate-limit";
import { idSchema } from "@/lib/validation/schemas";
import { users } from "@/lib/db";

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireInstructor();
  const id = idSchema.parse((await params).id);
  const cls = await db.query.classes.findFirst({ where: and(eq(classes.id, id), eq(classes.studioId, ctx.studioId)), columns: { id: true, title: true, capacity: true } });
  if (!cls) notFound();

  // ok: missing-auth, missing-input-validation, missing-rate-limit
  async function cancelClass() {
    "use server";
    const me = await requireInstructor();
    await checkRateLimit(`cancel-class:${me.userId}`);
    // ok: missing-authorization
    await db.update(classes).set({ published: false }).where(and(eq(classes.id, id), eq(classes.studioId, me.studioId)));
    const students = await db.select({ email: users.email }).from(enrollments).innerJoin(users, eq(users.id, enrollments.userId)).where(eq(enrollments.classId, id));
    for (const s of students) {
      await sendMail({ to: s.email, subject: "Class cancelled", html: "<p>Your class was cancelled; you will be refunded.</p>" });
    }
    redirect("/teach/classes");
  }

  return (
    <main>
      <h1>{cls.title}</h1>
      <form action={cancelClass}>
        <button>Cancel class</button>
      </form>
    </main>
  );
}
