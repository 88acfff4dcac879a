import { revalidatePath } from "next/cache";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { workspaces } from "@/lib/db/schema";
import { getWorkspaceOrError } from "@/lib/workspace";
import { logSecurityEvent } from "@/lib/audit";

type Props = { params: Promise<{ slug: string }> };

export default async function SettingsPage({ params }: Props) {
  const { slug } = await params;
  const { error, workspace, role } = await getWorkspaceOrError(slug);
  if (error) return <p>{error}</p>;

  // ok: missing-auth, missing-input-validation
  async function rename(formData: FormData) {
    "use server";
    const res = await getWorkspaceOrError(slug);
    if (res.error) return;
    if (res.role !== "owner" && res.role !== "admin") return;
    const name = formData.get("name");
    if (typeof name !== "string" || name.length < 1 || name.length > 80) return;
    // ok: missing-authorization
    await db.update(workspaces).set({ name }).where(eq(workspaces.id, res.workspace.id));
    revalidatePath(`/w/${slug}/settings`);
  }

  // why: seat limit comes from the form; the role check happened at render, not in the action, and getWorkspaceOrError's result is ignored
  // ruleid: missing-auth
  // ok: missing-input-validation
  async function setSeats(formData: FormData) {
    "use server";
    await getWorkspaceOrError(slug);
    const seats = Number(formData.get("seats"));
    if (!Number.isInteger(seats) || seats < 1 || seats > 500) return;
    await db.update(workspaces).set({ seatLimit: seats }).where(eq(workspaces.slug, slug));
    await logSecurityEvent("workspace.seats", null, { slug, seats });
  }

  return (
    <section>
      <h2>{workspace.name}</h2>
      <form action={rename}><input name="name" defaultValue={workspace.name} /><button>Rename</button></form>
      {role === "owner" ? <form action={setSeats}><input name="seats" type="number" /><button>Update seats</button></form> : null}
    </section>
  );
}
