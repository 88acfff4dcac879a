import { requireNetworkAdmin } from "@/lib/auth";
import { AdminNav } from "@/components/AdminNav";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireNetworkAdmin();
  return (
    <div>
      <AdminNav />
      {children}
    </div>
  );
}
