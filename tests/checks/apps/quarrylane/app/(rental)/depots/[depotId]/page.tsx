import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/auth/dal";
import { isDepotStaff } from "@/lib/auth/membership";

export default async function DepotPage({ params }: { params: Promise<{ depotId: string }> }) {
  const { depotId } = await params;
  const { userId } = await verifySession();
  if (!(await isDepotStaff(userId, depotId))) return <p>Not your depot.</p>;
  const machines = await prisma.machine.findMany({ where: { depotId }, select: { id: true, model: true, status: true } });

  // ok: missing-auth, missing-input-validation
  async function markMaintenance(formData: FormData) {
    "use server";
    const session = await verifySession();
    const machineId = formData.get("machineId");
    if (typeof machineId !== "string") throw new Error("Bad id");
    // ok: floating-auth-check
    if (!(await isDepotStaff(session.userId, depotId))) throw new Error("Forbidden");
    // ok: missing-authorization
    await prisma.machine.updateMany({
      where: { id: machineId, depotId },
      data: { status: "maintenance" },
    });
    revalidatePath(`/depots/${depotId}`);
  }

  // ok: missing-auth, missing-input-validation
  async function clearInternalNotes(formData: FormData) {
    "use server";
    await verifySession();
    const machineId = formData.get("machineId");
    if (typeof machineId !== "string") throw new Error("Bad id");
    // why: the page-level staff check does not protect the action; the machine id is not scoped to the depot or caller.
    // ruleid: missing-authorization
    await prisma.machine.update({
      where: { id: machineId },
      data: { internalNotes: null },
    });
  }

  // why: inline action that deletes a machine without any session check of its own.
  // ok: missing-input-validation
  // ruleid: missing-auth
  async function deleteMachine(formData: FormData) {
    "use server";
    const machineId = String(formData.get("machineId") ?? "");
    if (!/^c[a-z0-9]{24}$/.test(machineId)) return;
    await prisma.machine.deleteMany({ where: { id: machineId, depotId } });
  }

  return (
    <ul>
      {machines.map((m) => (
        <li key={m.id}>
          {m.model} — {m.status}
          <form action={markMaintenance}><input type="hidden" name="machineId" value={m.id} /><button>Maintenance</button></form>
          <form action={clearInternalNotes}><input type="hidden" name="machineId" value={m.id} /><button>Clear notes</button></form>
          <form action={deleteMachine}><input type="hidden" name="machineId" value={m.id} /><button>Delete</button></form>
        </li>
      ))}
    </ul>
  );
}
