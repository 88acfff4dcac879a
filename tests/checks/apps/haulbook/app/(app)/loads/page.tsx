import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { LoadForm } from "@/components/LoadForm";
import { createLoad } from "@/app/actions";

export default async function LoadsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const viewer = await verifySession();
  const { status } = await searchParams;
  const loads = await prisma.load.findMany({
    where: { tenantId: viewer.tenantId, ...(status ? { status } : {}) },
    select: { id: true, reference: true, origin: true, destination: true, status: true },
  });

  // ok: missing-auth, missing-input-validation, missing-authorization
  async function quickPost(formData: FormData) {
    "use server";
    const v = await verifySession();
    const { loadId } = z.object({ loadId: z.string().cuid() }).parse({ loadId: formData.get("loadId") });
    await prisma.load.updateMany({ where: { id: loadId, tenantId: v.tenantId }, data: { status: "POSTED" } });
    revalidatePath("/loads");
  }

  // ok: missing-input-validation
  // ruleid: missing-auth
  async function bulkCancel(formData: FormData) {
    "use server";
    const v = await getOptionalSession();
    const ids = z.array(z.string().cuid()).parse(formData.getAll("loadId"));
    await prisma.load.updateMany({ where: { id: { in: ids }, tenantId: v?.tenantId }, data: { status: "CANCELLED" } });
    revalidatePath("/loads");
  }

  return (
    <main>
      <h1>Loads</h1>
      <LoadForm action={createLoad} />
      <form action={bulkCancel}>
        <ul>
          {loads.map((l) => (
            <li key={l.id}>
              <input type="checkbox" name="loadId" value={l.id} /> {l.reference} {l.origin} → {l.destination} ({l.status})
              <form action={quickPost}>
                <input type="hidden" name="loadId" value={l.id} />
                <button>Post to board</button>
              </form>
            </li>
          ))}
        </ul>
        <button>Cancel selected</button>
      </form>
    </main>
  );
}
