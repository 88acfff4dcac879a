import { requireOwner } from "@/lib/auth/owner";

export default async function OwnerLayout({ children }: { children: React.ReactNode }) {
  await requireOwner();
  return <div className="owner-shell">{children}</div>;
}
