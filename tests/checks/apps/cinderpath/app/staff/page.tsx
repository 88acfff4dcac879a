import { redirect } from "next/navigation";
import { getStaffSession } from "@/lib/iron";
import { suspendRunner, setOrgFee } from "@/app/staff/actions";

export default async function StaffHome() {
  const session = await getStaffSession();
  if (!session.staffId || !session.mfaPassed) redirect("/staff/login");
  return (
    <main>
      <h1>Staff console</h1>
      <form action={suspendRunner}>
        <input name="userId" placeholder="User id" />
        <button>Suspend</button>
      </form>
      <form action={setOrgFee}>
        <input name="orgId" placeholder="Org id" />
        <input name="feePercent" type="number" />
        <button>Set fee</button>
      </form>
    </main>
  );
}
