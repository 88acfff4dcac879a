import { requireCentreStaff } from "@/lib/dal";
import { AppealDraft } from "@/components/AppealDraft";
import { ScanForm } from "@/components/ScanForm";

export default async function CentreHome() {
  const staff = await requireCentreStaff();
  return (
    <main>
      <h1>Centre dashboard</h1>
      <p>Signed in as {staff.user.name} ({staff.role})</p>
      {staff.role === "manager" && <AppealDraft />}
      <ScanForm />
    </main>
  );
}
