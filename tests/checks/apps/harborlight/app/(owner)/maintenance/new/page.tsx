import { requireOwner } from "@/lib/auth/owner";
import { MaintenanceForm } from "@/components/maintenance-form";

export default async function NewMaintenance() {
  const { owner, supabase } = await requireOwner();
  const { data: boats } = await supabase.from("boats").select("id, name").eq("owner_id", owner.id);
  return <MaintenanceForm boats={boats ?? []} />;
}
