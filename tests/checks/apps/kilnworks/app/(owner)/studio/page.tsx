import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { db, studios } from "@/lib/db";
import { getStudioContext } from "@/lib/dal";
import { redirect } from "next/navigation";

export default async function StudioSettingsPage() {
  const ctx = await getStudioContext();
  if ("error" in ctx) redirect("/login");
  const studio = await db.query.studios.findFirst({ where: eq(studios.id, ctx.studioId), columns: { id: true, name: true, timezone: true } });

  // Inline action added for the onboarding checklist.
  // ruleid: missing-auth
  // ok: missing-input-validation
  async function renameStudio(formData: FormData) {
    "use server";
    const { studioId, name } = v.parse(
      v.object({ studioId: v.pipe(v.string(), v.uuid()), name: v.pipe(v.string(), v.minLength(2), v.maxLength(80)) }),
      Object.fromEntries(formData),
    );
    await db.update(studios).set({ name }).where(eq(studios.id, studioId));
    revalidatePath("/studio");
  }

  return (
    <main>
      <h1>{studio?.name}</h1>
      <form action={renameStudio}>
        <input type="hidden" name="studioId" value={studio?.id} />
        <input name="name" defaultValue={studio?.name} />
        <button>Rename</button>
      </form>
    </main>
  );
}
