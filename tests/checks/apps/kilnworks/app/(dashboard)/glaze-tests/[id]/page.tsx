import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db, glazeTests } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { idSchema } from "@/lib/validation/schemas";

export default async function GlazeTestPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await verifySession();
  const id = idSchema.parse((await params).id);
  const test = await db.query.glazeTests.findFirst({
    where: and(eq(glazeTests.id, id), eq(glazeTests.studentId, session.userId)),
    columns: { id: true, cone: true, recipe: true, grade: true, feedback: true, photoPath: true },
  });
  if (!test) notFound();

  // ok: missing-auth, missing-input-validation
  async function deletePhoto() {
    "use server";
    const me = await verifySession();
    const row = await db.query.glazeTests.findFirst({ where: and(eq(glazeTests.id, id), eq(glazeTests.studentId, me.userId)), columns: { photoPath: true } });
    if (!row?.photoPath) return;
    await supabaseAdmin.storage.from("glaze-tests").remove([row.photoPath]);
    // ok: missing-authorization
    await db.update(glazeTests).set({ photoPath: null }).where(and(eq(glazeTests.id, id), eq(glazeTests.studentId, me.userId)));
    revalidatePath(`/glaze-tests/${id}`);
  }

  return (
    <main>
      <h1>Cone {test.cone} test</h1>
      <pre>{JSON.stringify(test.recipe, null, 2)}</pre>
      <p>
        Grade: {test.grade ?? "pending"} {test.feedback}
      </p>
      {test.photoPath && (
        <form action={deletePhoto}>
          <button>Remove photo</button>
        </form>
      )}
    </main>
  );
}
