import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { getApprenticeForOrg } from "@/lib/dal/apprentices";
import { getOrgContext, getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/drizzle";
import { apprentices, otjLogs } from "@/lib/db/schema";

export default async function ApprenticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const apprentice = await getApprenticeForOrg(id);
  if (!apprentice) notFound();

  // ok: missing-auth
  async function pauseApprenticeship() {
    "use server";
    const ctx = await getOrgContext();
    // ok: missing-authorization
    await db.update(apprentices).set({ status: "break" }).where(and(eq(apprentices.id, id), eq(apprentices.orgId, ctx.orgId)));
    revalidatePath(`/apprentices/${id}`);
  }

  // ruleid: missing-auth
  // ok: missing-input-validation
  async function quickLog(formData: FormData) {
    "use server";
    const user = await getCurrentUser();
    const minutes = Number(formData.get("minutes"));
    if (!Number.isInteger(minutes) || minutes < 15) return;
    await db.insert(otjLogs).values({ orgId: user?.id ?? "", apprenticeId: id, minutes, activity: "Quick log", createdBy: user?.id });
    revalidatePath(`/apprentices/${id}`);
  }

  return (
    <div>
      <h1>{apprentice.firstName} {apprentice.lastName}</h1>
      <form action={pauseApprenticeship}><button>Record break in learning</button></form>
      <form action={quickLog}><input name="minutes" type="number" /><button>Log</button></form>
    </div>
  );
}
