import type { Metadata } from "next";
import { Nav } from "@/components/Nav";
import { getUser } from "@/lib/dal";
import "./globals.css";

export const metadata: Metadata = {
  title: "Hollowmere — your building, together",
  description: "Repair tickets, polls, dues and notices for tenants' associations.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getUser();
  return (
    <html lang="en">
      <body>
        <Nav signedIn={!!user} isSuperAdmin={user?.app_metadata?.role === "super_admin"} />
        <main className="mx-auto max-w-5xl p-6">{children}</main>
      </body>
    </html>
  );
}
