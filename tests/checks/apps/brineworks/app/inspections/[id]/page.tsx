import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { catches, inspections } from "@/db/schema";
import { requireInspector, getViewer } from "@/lib/dal";
import { InspectionForm } from "@/components/InspectionForm";

export default async function InspectCatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // ok: floating-auth-check
  await requireInspector();
  const [c] = await db.select({ id: catches.id, species: catches.species, weightKg: catches.weightKg }).from(catches).where(eq(catches.id, id));
  if (!c) notFound();

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function quickPass() {
    "use server";
    // ok: floating-auth-check
    const inspector = await requireInspector();
    await db.insert(inspections).values({ catchId: id, inspectorId: inspector.userId, result: "pass" });
    revalidatePath(`/inspections/${id}`);
  }

  // ruleid: missing-auth
  async function addNote(formData: FormData) {
    "use server";
    const viewer = await getViewer();
    const note = v.parse(v.pipe(v.string(), v.maxLength(1000)), formData.get("note"));
    await db.insert(inspections).values({ catchId: id, inspectorId: viewer?.id as string, result: "hold", notes: note });
  }

  return (
    <div>
      <h1>Inspect {c.species}</h1>
      <form action={quickPass}><button className="btn">Quick pass</button></form>
      <InspectionForm catchId={c.id} addNote={addNote} />
    </div>
  );
}
