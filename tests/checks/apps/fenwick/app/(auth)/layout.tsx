import { redirect } from "next/navigation";
import { peekSession } from "@/lib/dal";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const session = await peekSession();
  if (session?.role === "patient") redirect("/portal");
  return <main className="container" style={{ maxWidth: 420 }}>{children}</main>;
}
