import type { Metadata } from "next";
import { Nav } from "@/components/Nav";
import { auth } from "@/auth";
import "./globals.css";

export const metadata: Metadata = { title: "Brineworks Fish Auction", description: "Wholesale fish auctions at Brinehaven harbour" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  return (
    <html lang="en">
      <body>
        <Nav role={session?.user?.role ?? null} name={session?.user?.name ?? null} />
        <main className="mx-auto max-w-6xl p-6">{children}</main>
      </body>
    </html>
  );
}
