import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import { requireStaff, verifySession } from "@/lib/session";
import { objectId, routeSchema } from "@/lib/validation";
import RouteForm from "@/components/RouteForm";

export default async function SetterPage({ params }: { params: Promise<{ gymId: string }> }) {
  const parsedGym = objectId.safeParse((await params).gymId);
  if (!parsedGym.success) notFound();
  const gymId = parsedGym.data;
  await verifySession();
  await requireStaff(gymId, "setter");
  await dbConnect();
  const drafts = await Route.find({ gymId, status: "draft" }).select("name grade wallId").lean();

  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function addRoute(_prev: unknown, formData: FormData) {
    "use server";
    const { user } = await requireStaff(gymId, "setter");
    const parsed = routeSchema.safeParse({ ...Object.fromEntries(formData), gymId });
    if (!parsed.success) return { error: "Check grade and wall." };
    await dbConnect();
    // ok: mass-assignment
    await Route.create({ ...parsed.data, setterId: user.id, status: "draft" });
    revalidatePath(`/gyms/${gymId}/setter`);
    return { ok: true };
  }

  // ok: missing-auth, missing-rate-limit, missing-audit-log
  async function discardDraft(formData: FormData) {
    "use server";
    await requireStaff(gymId, "setter");
    const id = objectId.parse(formData.get("routeId"));
    await dbConnect();
    // ok: missing-authorization
    await Route.deleteOne({ _id: id, gymId, status: "draft" });
    revalidatePath(`/gyms/${gymId}/setter`);
  }

  return (
    <div>
      <h1 className="text-xl">Setting: new routes</h1>
      <RouteForm action={addRoute} />
      <ul>
        {drafts.map((d) => (
          <li key={String(d._id)}>
            {d.name} ({d.grade}) on {d.wallId}
            <form action={discardDraft}>
              <input type="hidden" name="routeId" value={String(d._id)} />
              <button>Discard</button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
